package io.certgate.certservice.auth;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class TokenApiTest {

    static final String ADMIN = "cg_test-admin-token-0123456789";

    @Inject
    ApiTokenRepository repository;

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        given().when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"certgate\"")
                .body("code", is("UNAUTHORIZED"))
                .body("status", is(401));
    }

    @Test
    void anUnknownTokenIs401() {
        given().auth()
                .oauth2("cg_not-a-real-token-at-all")
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .body("code", is("UNAUTHORIZED"));
    }

    @Test
    void theBootstrapAdminTokenWorks() {
        given().auth()
                .oauth2(ADMIN)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("name", is("bootstrap-admin"))
                .body("role", is("admin"));
    }

    @Test
    void anAdminIssuesAViewerTokenThatCanReadButNotChangeAndCanBeRevoked() {
        // Given a new viewer token
        String viewer = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"auditor\",\"role\":\"viewer\"}")
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .body("role", is("viewer"))
                .body("token", startsWith("cg_"))
                .extract()
                .path("token");
        String id = given().auth()
                .oauth2(ADMIN)
                .when()
                .get("/api/v1/tokens")
                .then()
                .statusCode(200)
                .body("find { it.name == 'auditor' }.token", is((Object) null))
                .extract()
                .path("find { it.name == 'auditor' }.id");

        // Then it reads, and may not issue tokens
        given().auth().oauth2(viewer).when().get("/api/v1/me").then().statusCode(200).body("role", is("viewer"));
        given().auth()
                .oauth2(viewer)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"role\":\"admin\"}")
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", is("FORBIDDEN"));

        // When it is revoked, it no longer works
        given().auth()
                .oauth2(ADMIN)
                .when()
                .delete("/api/v1/tokens/" + id)
                .then()
                .statusCode(200)
                .body("revokedAt", not(is((Object) null)));
        given().auth().oauth2(viewer).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void onlyHashesOfTokensAreStored() {
        String secret = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"hash-check\",\"role\":\"viewer\"}")
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");

        List<ApiToken> stored = QuarkusTransaction.requiringNew().call(() -> repository.listAll());

        assertThat(stored).extracting(token -> token.tokenHash).doesNotContain(secret, ADMIN);
        assertThat(stored).extracting(token -> token.tokenHash).contains(TokenService.hash(secret));
    }

    @Test
    void badRequestsGetAClearProblemAndChangeNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> repository.count());

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"role\":\"root\"}")
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_REQUEST"))
                .body("errors[0].field", is("role"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"role\":\"viewer\",\"admin\":true}")
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(400)
                .body("code", is("UNKNOWN_FIELD"))
                .body("errors[0].field", is("admin"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\":")
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(400)
                .body("code", is("MALFORMED_JSON"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"<script>\",\"role\":\"viewer\"}")
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("name"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.TEXT)
                .body("name=x")
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"));
        given().auth()
                .oauth2(ADMIN)
                .when()
                .delete("/api/v1/tokens/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(ADMIN)
                .when()
                .delete("/api/v1/tokens/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .body("code", is("TOKEN_NOT_FOUND"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.count())).isEqualTo(before);
    }
}
