package io.certgate.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Points a consumer service at a loopback port where no cert-service listens, and reads change events from the
 * start of the topic so a test's first event is never missed.
 */
public class CertServiceUnreachableProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "certgate.cert-service.url", "http://127.0.0.1:" + FreePorts.next(),
                "mp.messaging.incoming.cert-events.auto.offset.reset", "earliest");
    }
}
