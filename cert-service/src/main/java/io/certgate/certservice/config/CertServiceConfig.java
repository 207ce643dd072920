package io.certgate.certservice.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** cert-service settings under {@code certgate.*}. */
@ConfigMapping(prefix = "certgate")
public interface CertServiceConfig {

    /** How change events leave the outbox table for Kafka. */
    Outbox outbox();

    /**
     * Base64 of the 32-byte AES master key that wraps the data keys of stored private keys
     * ({@code CERTGATE_MASTER_KEY}). cert-service does not start without it.
     */
    Optional<String> masterKey();

    /**
     * Earlier master keys (base64, comma-separated; {@code CERTGATE_PREVIOUS_MASTER_KEYS}) that still open data keys
     * wrapped before a rotation, until the re-wrap has moved every data key to the current master key.
     */
    Optional<java.util.List<String>> previousMasterKeys();

    /** Tokens that exist from the first start on, so the first administrator and the services can log in. */
    Bootstrap bootstrap();

    /** Bootstrap tokens; each is stored hashed when first seen and never logged. */
    interface Bootstrap {

        /** Token of the first administrator (role admin). */
        Optional<String> adminToken();

        /** Token the gateways use (role gateway). */
        Optional<String> gatewayToken();

        /** Token the notifier uses (role notifier). */
        Optional<String> notifierToken();
    }

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
