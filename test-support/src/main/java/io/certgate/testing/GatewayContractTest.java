package io.certgate.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.certgate.client.event.CertEventCodec;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every gateway shows from outside: its health while cert-service is out of reach, and that change events
 * produced to the real broker reach it. A gateway's test extends this with {@code @QuarkusTest},
 * {@code @WithTestResource(KafkaTestResource.class)} and {@code @TestProfile(CertServiceUnreachableProfile.class)}.
 */
public abstract class GatewayContractTest {

    @Test
    void notReadyWhileCertServiceIsUnreachable() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", is("DOWN"))
                .body("checks.find { it.name == 'cert-service' }.status", is("DOWN"))
                .body("checks.find { it.name == 'cert-service' }.data.reason",
                        startsWith("cert-service is unreachable"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.status", is("UP"));
    }

    @Test
    void aliveAnyway() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    private static ProducerRecord<String, String> structured(String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>("certgate.cert-events", "FTP", value);
        record.headers()
                .add(CertEventCodec.CONTENT_TYPE_HEADER,
                        CertEventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Test
    void receivesChangeEventsFromTheBroker() {
        String id = UUID.randomUUID().toString();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/certgate/cert-service","type":"io.certgate.trust.changed",
                 "time":"%s","subject":"FTP","data":{"component":"FTP"}}""".formatted(id, Instant.now());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            // Exactly as cert-service publishes: structured mode, marked by its content-type header.
            producer.send(structured("not a cloud event"));
            producer.send(structured(event));
        }

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().when()
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .body(containsString("certgate_events_received_total{type=\"io.certgate.trust.changed\"} 1.0"))
                        .body(containsString("certgate_events_received_total{type=\"invalid\"} 1.0")));
    }
}
