package io.certgate.certservice.outbox;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the outbox relay on its schedule once the application has started. The scheduler ticks during start-up
 * already, before reactive messaging has wired its channels; the relay (and its Kafka emitter) is only created
 * after start-up.
 */
@Startup
@ApplicationScoped
public class OutboxSchedule {

    private final Instance<OutboxRelay> relay;
    private final OutboxRepository repository;
    private volatile boolean started;

    OutboxSchedule(Instance<OutboxRelay> relay, OutboxRepository repository, MeterRegistry registry) {
        this.relay = relay;
        this.repository = repository;
        registry.gauge("certgate.outbox.pending", this, OutboxSchedule::pending);
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        started = true;
    }

    @Scheduled(every = "${certgate.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (started) {
            relay.get().relay();
        }
    }

    private double pending() {
        try {
            return QuarkusTransaction.requiringNew().call(repository::countUnsent);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
