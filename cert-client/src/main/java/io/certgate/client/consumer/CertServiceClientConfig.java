package io.certgate.client.consumer;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a consumer service reaches cert-service ({@code certgate.cert-service.*}). */
@ConfigMapping(prefix = "certgate.cert-service")
public interface CertServiceClientConfig {

    /** Base URL of cert-service. */
    @WithDefault("http://127.0.0.1:8080")
    String url();

    /** Bearer token of this service's role (gateway or notifier); never logged. */
    Optional<String> token();

    /** Connect and read timeout of one call. */
    @WithDefault("2s")
    Duration timeout();
}
