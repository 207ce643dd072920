package io.certgate.certservice.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.certgate.certservice.config.CertServiceConfig;
import io.certgate.client.event.CertEventCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox events to {@code certgate.cert-events} in the order they were written and marks them sent once
 * the broker has acknowledged them. While the broker is away events stay in the table; nothing is lost, and a
 * consumer may see an event twice (it deduplicates by id), never an event out of order per key.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final byte[] CLOUDEVENTS_JSON = CertEventCodec.STRUCTURED_CONTENT_TYPE
            .getBytes(StandardCharsets.UTF_8);

    private final OutboxRepository repository;
    private final Emitter<String> emitter;
    private final CertServiceConfig config;
    private final Clock clock;
    private final Counter published;
    private final Counter failures;
    private volatile boolean brokerWasDown;
    private InFlight inFlight;

    /** Events handed to the producer and not yet acknowledged or refused. */
    private record InFlight(List<OutboxEvent> rows, List<CompletableFuture<Void>> acks) {
    }

    OutboxRelay(OutboxRepository repository, @Channel("cert-events") Emitter<String> emitter,
            CertServiceConfig config, Clock clock, MeterRegistry registry) {
        this.repository = repository;
        this.emitter = emitter;
        this.config = config;
        this.clock = clock;
        this.published = Counter.builder("certgate.outbox.published")
                .description("Events relayed to Kafka")
                .register(registry);
        this.failures = Counter.builder("certgate.outbox.failures")
                .description("Relay passes that stopped because the broker did not acknowledge")
                .register(registry);
    }

    /** Publishes everything unsent, batch after batch; {@link OutboxSchedule} calls it. */
    void relay() {
        int sent;
        do {
            sent = relayBatch();
        } while (sent == config.outbox().batchSize());
    }

    /**
     * Publishes one batch and returns how many events the broker acknowledged. Events the producer still holds
     * (the broker is slow or away) are waited for on the next pass, never sent a second time.
     */
    int relayBatch() {
        List<OutboxEvent> batch;
        List<CompletableFuture<Void>> acks;
        if (inFlight != null) {
            batch = inFlight.rows();
            acks = inFlight.acks();
        } else {
            batch = QuarkusTransaction.requiringNew().call(() -> repository.nextUnsent(config.outbox().batchSize()));
            if (batch.isEmpty()) {
                return 0;
            }
            acks = batch.stream().map(this::publish).toList();
        }
        List<Long> acknowledged = new ArrayList<>(batch.size());
        long deadline = System.nanoTime() + config.outbox().publishTimeout().toNanos();
        try {
            for (int i = 0; i < acks.size(); i++) {
                // Only a prefix counts as sent, so a failure never lets a later event overtake an earlier one.
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.get(i).id);
            }
            if (brokerWasDown) {
                LOG.info("Kafka acknowledges events again; relaying the outbox");
                brokerWasDown = false;
            }
        } catch (ExecutionException | TimeoutException e) {
            failures.increment();
            if (!brokerWasDown) {
                LOG.warnf("Kafka did not acknowledge event %s (%s); %d events wait in the outbox and will be retried",
                        batch.get(acknowledged.size()).eventId, reason(e), batch.size() - acknowledged.size());
                brokerWasDown = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int done = acknowledged.size();
        boolean producerStillHolds = acks.subList(done, acks.size()).stream().anyMatch(ack -> !ack.isDone());
        // Failed (nacked) events are simply read again from the table on the next pass.
        inFlight = producerStillHolds
                ? new InFlight(batch.subList(done, batch.size()), acks.subList(done, acks.size()))
                : null;
        markSent(acknowledged);
        return done;
    }

    private CompletableFuture<Void> publish(OutboxEvent row) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add(CertEventCodec.CONTENT_TYPE_HEADER, CLOUDEVENTS_JSON);
        Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.eventKey)
                .withHeaders(headers)
                .build());
        emitter.send(Message.of(row.payload, metadata, () -> {
            ack.complete(null);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            ack.completeExceptionally(failure);
            return CompletableFuture.completedFuture(null);
        }));
        return ack;
    }

    private void markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> repository.markSent(ids, now));
        published.increment(ids.size());
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof TimeoutException ? "no acknowledgement in time" : cause.getMessage();
    }
}
