package io.certgate.certservice.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** cert-service settings under {@code certgate.*}. */
@ConfigMapping(prefix = "certgate")
public interface CertServiceConfig {

    /** How change events leave the outbox table for Kafka. */
    Outbox outbox();

    /** Outbox relay settings. */
    interface Outbox {

        /** How often the relay looks for unsent events (at least one second). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Most events published in one pass. */
        @WithDefault("100")
        int batchSize();

        /** How long one pass waits for the broker's acknowledgements before it backs off. */
        @WithDefault("10s")
        Duration publishTimeout();
    }
}
