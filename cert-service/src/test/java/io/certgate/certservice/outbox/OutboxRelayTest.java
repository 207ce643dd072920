package io.certgate.certservice.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.certgate.client.event.CertEvent;
import io.certgate.client.event.CertEventCodec;
import io.certgate.client.event.EventTypes;
import io.certgate.client.event.Topics;
import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The real pieces together: a row in the real PostgreSQL becomes a record on the real Kafka broker. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRepository repository;

    private KafkaConsumer<String, String> consumer;

    @BeforeEach
    void subscribe() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.CERT_EVENTS));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void anEventCommittedWithItsChangeReachesAConsumerThroughTheBroker() {
        // Given a change event written in a transaction
        CertEvent event = event("FTP");
        QuarkusTransaction.requiringNew().run(() -> outbox.append("FTP", event));

        // Then the row is in PostgreSQL
        OutboxEvent row = QuarkusTransaction.requiringNew()
                .call(() -> repository.findByEventId(event.id()).orElseThrow());
        assertThat(row.eventKey).isEqualTo("FTP");
        assertThat(row.eventType).isEqualTo(EventTypes.BINDING_CHANGED);

        // And a consumer of the topic receives it, keyed by component, as the same CloudEvent
        ConsumerRecord<String, String> record = awaitRecord(event.id());
        assertThat(record.key()).isEqualTo("FTP");
        assertThat(CertEventCodec.decode(record.value())).isEqualTo(event);
        assertThat(new String(record.headers().lastHeader("content-type").value()))
                .isEqualTo("application/cloudevents+json");

        // And the outbox row is marked sent
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> repository.findByEventId(event.id()).orElseThrow().sentAt)).isNotNull());
    }

    @Test
    void eventsWithTheSameKeyArriveInTheOrderTheyWereWritten() {
        List<CertEvent> events = List.of(event("HTTPS"), event("HTTPS"), event("HTTPS"), event("HTTPS"));
        for (CertEvent event : events) {
            QuarkusTransaction.requiringNew().run(() -> outbox.append("HTTPS", event));
        }

        List<String> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(CertEventCodec.decode(r.value()).id()));
            return received.containsAll(events.stream().map(CertEvent::id).toList());
        });

        assertThat(received).containsSubsequence(events.stream().map(CertEvent::id).toList());
    }

    @Test
    void anEventCannotBeWrittenOutsideTheTransactionOfItsChange() {
        CertEvent event = event("FTP");

        assertThatThrownBy(() -> outbox.append("FTP", event)).isInstanceOf(TransactionalException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findByEventId(event.id()))).isEmpty();
    }

    @Test
    void anEventOfARolledBackChangeIsNeverPublished() {
        CertEvent rolledBack = event("FTP");
        CertEvent committed = event("FTP");

        QuarkusTransaction.begin();
        outbox.append("FTP", rolledBack);
        QuarkusTransaction.rollback();
        QuarkusTransaction.requiringNew().run(() -> outbox.append("FTP", committed));

        List<String> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(CertEventCodec.decode(r.value()).id()));
            return received.contains(committed.id());
        });
        assertThat(received).doesNotContain(rolledBack.id());
    }

    private ConsumerRecord<String, String> awaitRecord(String eventId) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.value().contains(eventId)) {
                    found.add(record);
                }
            }
            return !found.isEmpty();
        });
        return found.getFirst();
    }

    private static CertEvent event(String component) {
        return CertEvent.of(UUID.randomUUID().toString(), "/certgate/cert-service", EventTypes.BINDING_CHANGED,
                Instant.now(), component, JsonNodeFactory.instance.objectNode().put("component", component));
    }
}
