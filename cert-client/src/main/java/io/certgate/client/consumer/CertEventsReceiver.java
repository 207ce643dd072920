package io.certgate.client.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.certgate.client.event.CertEvent;
import io.certgate.client.event.CertEventCodec;
import io.certgate.client.event.EventTypes;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code certgate.cert-events} (channel {@code cert-events}) and hands every valid event to the service as a
 * CDI event of type {@link CertEvent}. A record that is not a CloudEvent is logged and skipped, never retried forever.
 */
@ApplicationScoped
public class CertEventsReceiver {

    private static final Logger LOG = Logger.getLogger(CertEventsReceiver.class);

    private final Event<CertEvent> dispatcher;
    private final MeterRegistry registry;

    CertEventsReceiver(Event<CertEvent> dispatcher, MeterRegistry registry) {
        this.dispatcher = dispatcher;
        this.registry = registry;
    }

    @Incoming("cert-events")
    @Blocking
    void receive(String json) {
        CertEvent event;
        try {
            event = CertEventCodec.decode(json);
        } catch (IllegalArgumentException e) {
            registry.counter("certgate.events.received", "type", "invalid").increment();
            LOG.warnf("skipped a record on the cert-events topic that is not a CloudEvent: %s", e.getMessage());
            return;
        }
        String type = EventTypes.ALL.contains(event.type()) ? event.type() : "unknown";
        registry.counter("certgate.events.received", "type", type).increment();
        LOG.debugf("event %s of type %s about %s", event.id(), event.type(), event.subject());
        dispatcher.fire(event);
    }
}
