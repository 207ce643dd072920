package io.certgate.certservice.outbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.certgate.client.event.CertEvent;

/** Builds Certgate's CloudEvents and queues them in the outbox, inside the transaction of the change. */
@ApplicationScoped
public class ChangeEvents {

    static final String SOURCE = "/certgate/cert-service";

    private final Outbox outbox;
    private final Clock clock;

    ChangeEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues an event. {@code key} orders events (a component name or a certificate id); {@code data} must hold
     * identifiers and public facts only, never key material or passwords.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CertEvent publish(String key, String type, String subject, ObjectNode data) {
        CertEvent event = CertEvent.of(UUID.randomUUID().toString(), SOURCE, type, clock.instant(), subject, data);
        outbox.append(key, event);
        return event;
    }
}
