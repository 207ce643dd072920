package io.certgate.certservice.support;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests with the test tokens that cert-service's test profile bootstraps. */
public final class Api {

    public static final String ADMIN_TOKEN = "cg_test-admin-token-0123456789";
    public static final String GATEWAY_TOKEN = "cg_test-gateway-token-0123456789";

    private Api() {
    }

    /** A request as the bootstrap administrator. */
    public static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN_TOKEN);
    }

    /** Creates a self-signed server certificate for {@code name} (CN and DNS SAN) and returns its id. */
    public static String selfSigned(String name) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("subject", "CN=" + name, "dnsNames", List.of(name)))
                .when()
                .post("/api/v1/certificates/self-signed")
                .then()
                .statusCode(201)
                .extract()
                .path("certificate.id");
    }

    /** A request as a gateway. */
    public static RequestSpecification gateway() {
        return given().auth().oauth2(GATEWAY_TOKEN);
    }
}
