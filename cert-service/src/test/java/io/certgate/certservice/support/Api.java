package io.certgate.certservice.support;

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

    /** A request as a gateway. */
    public static RequestSpecification gateway() {
        return given().auth().oauth2(GATEWAY_TOKEN);
    }
}
