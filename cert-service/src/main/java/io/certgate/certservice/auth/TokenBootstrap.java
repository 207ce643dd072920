package io.certgate.certservice.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.certgate.certservice.config.CertServiceConfig;
import io.quarkus.runtime.StartupEvent;

/** Stores the configured bootstrap tokens (hashed) at start-up, so the first administrator can log in. */
@ApplicationScoped
public class TokenBootstrap {

    private static final Logger LOG = Logger.getLogger(TokenBootstrap.class);

    void onStart(@Observes StartupEvent event, CertServiceConfig config, TokenService tokens) {
        ensure(tokens, "bootstrap-admin", Role.ADMIN, config.bootstrap().adminToken());
        ensure(tokens, "bootstrap-gateway", Role.GATEWAY, config.bootstrap().gatewayToken());
        ensure(tokens, "bootstrap-notifier", Role.NOTIFIER, config.bootstrap().notifierToken());
    }

    private static void ensure(TokenService tokens, String name, Role role, Optional<String> secret) {
        if (secret.isPresent() && !secret.get().isBlank() && tokens.ensure(name, role, secret.get().trim())) {
            LOG.infof("stored the configured %s token (%s)", role.value(), name);
        }
    }
}
