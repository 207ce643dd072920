package io.certgate.certservice.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.certgate.client.event.CertEvent;
import io.certgate.client.event.CertEventCodec;
import io.certgate.client.event.EventTypes;
import io.certgate.client.event.Topics;
import io.certgate.testing.KafkaProcessTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.certgate.certservice.support.Api.admin;
import static io.certgate.certservice.support.Api.selfSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Change events on a real broker in its own process: one per change, and none lost while the broker is down. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaProcessTestResource.class)
class EventDeliveryTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void eachChangeProducesExactlyOneEventWithoutSecrets() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            String id = selfSigned("one-event.example.com");
            String binding = admin().contentType(ContentType.JSON)
                    .body(Map.of("component", "FTP", "certificateId", id))
                    .when()
                    .put("/api/v1/bindings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("binding.id");
            admin().when().delete("/api/v1/bindings/" + binding).then().statusCode(204);
            admin().when().delete("/api/v1/certificates/" + id).then().statusCode(204);

            List<ConsumerRecord<String, String>> records = collect(consumer, 4, r -> r.value().contains(id));
            pollQuietly(consumer, records, r -> r.value().contains(id)); // anything more would be a duplicate

            // Kafka orders events per key (one partition each), which is what consumers rely on
            assertThat(records).hasSize(4);
            assertThat(records.stream().filter(r -> r.key().equals(id)).map(r -> decode(r).type()))
                    .containsExactly(EventTypes.CERTIFICATE_CREATED, EventTypes.CERTIFICATE_DELETED);
            assertThat(records.stream()
                    .filter(r -> r.key().equals("FTP"))
                    .map(r -> decode(r).data().get("action").asText()))
                    .containsExactly("bound", "unbound");
            assertThat(records).extracting(ConsumerRecord::value)
                    .noneMatch(v -> v.contains("PRIVATE KEY") || v.toLowerCase().contains("password"));
        }
    }

    @Test
    void changesSucceedWhileKafkaIsDownAndEveryEventArrivesInOrderOnceItIsBack() {
        // Given a certificate and a broker that goes away
        String id = selfSigned("outage.example.com");
        awaitOutboxEmpty();
        KafkaProcessTestResource.broker().stop();

        // When the administrator keeps changing bindings
        List<String> bindings = new ArrayList<>();
        for (String address : List.of("127.0.0.11", "127.0.0.12", "127.0.0.13", "127.0.0.14", "127.0.0.15")) {
            bindings.add(admin().contentType(ContentType.JSON)
                    .body(Map.of("component", "FTP", "address", address, "certificateId", id))
                    .when()
                    .put("/api/v1/bindings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("binding.id"));
        }
        assertThat(QuarkusTransaction.requiringNew().call(outbox::countUnsent)).isGreaterThanOrEqualTo(5);

        // Then, once the broker is back, every event arrives, in order, none twice
        KafkaProcessTestResource.broker().start();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<ConsumerRecord<String, String>> records = collect(consumer, 5,
                    r -> bindings.stream().anyMatch(r.value()::contains));
            pollQuietly(consumer, records, r -> bindings.stream().anyMatch(r.value()::contains));
            List<String> order = records.stream()
                    .map(r -> CertEventCodec.decode(r.value()).data().get("bindingId").asText())
                    .toList();
            assertThat(order).containsExactlyElementsOf(bindings);
            assertThat(records).extracting(r -> CertEventCodec.decode(r.value()).id()).doesNotHaveDuplicates();
        }
        awaitOutboxEmpty();
    }

    private void awaitOutboxEmpty() {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> QuarkusTransaction.requiringNew().call(outbox::countUnsent) == 0);
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaProcessTestResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "delivery-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.CERT_EVENTS));
        return consumer;
    }

    private static List<ConsumerRecord<String, String>> collect(KafkaConsumer<String, String> consumer, int count,
            java.util.function.Predicate<ConsumerRecord<String, String>> mine) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                if (mine.test(r)) {
                    records.add(r);
                }
            });
            return records.size() >= count;
        });
        return records;
    }

    private static void pollQuietly(KafkaConsumer<String, String> consumer,
            List<ConsumerRecord<String, String>> records,
            java.util.function.Predicate<ConsumerRecord<String, String>> mine) {
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until) {
            consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                if (mine.test(r)) {
                    records.add(r);
                }
            });
        }
    }

    static CertEvent decode(ConsumerRecord<String, String> record) {
        return CertEventCodec.decode(record.value());
    }
}
