package io.certgate.client.event;

/** Kafka topics through which the Certgate services coordinate. */
public final class Topics {

    /** Certificate, binding, trust and user changes published by cert-service. */
    public static final String CERT_EVENTS = "certgate.cert-events";
    /** Gateways' serving / no-valid-certificate status per listener. */
    public static final String GATEWAY_STATUS = "certgate.gateway-status";

    private Topics() {
    }
}
