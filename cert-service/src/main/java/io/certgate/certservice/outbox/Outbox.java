package io.certgate.certservice.outbox;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.certgate.client.event.CertEvent;
import io.certgate.client.event.CertEventCodec;

/**
 * Writes change events into the outbox table. It must run inside the transaction of the change it describes,
 * so that a change and its event are committed together or not at all.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final Clock clock;

    Outbox(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Queues {@code event} for publication under {@code key}.
     *
     * @throws jakarta.transaction.TransactionalException
     *             when no transaction is active
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String key, CertEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.eventKey = key;
        row.eventType = event.type();
        row.payload = CertEventCodec.encode(event);
        row.createdAt = clock.instant();
        repository.persist(row);
    }
}
