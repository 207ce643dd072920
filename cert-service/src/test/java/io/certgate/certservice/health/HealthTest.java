package io.certgate.certservice.health;

import org.junit.jupiter.api.Test;

import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class HealthTest {

    @Test
    void readinessReportsTheDatabaseAndKafka() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void prometheusMetricsIncludeTheOutbox() {
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("certgate_outbox_pending"));
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("info.title", is("Certgate cert-service API"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/certificates"))
                .body("components.schemas.BindRequest.examples[0].component", is("FTP"))
                .body("components.schemas.SelfSignedRequest.examples[0].keyType", is("EC_P256"));
    }
}
