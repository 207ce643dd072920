package io.certgate.notifier.rules;

import java.time.Instant;
import java.util.Objects;

/** A gateway's report on one listener; {@code serving=false} means it has no valid certificate to offer. */
public record GatewayStatus(String component, String listener, String address, boolean serving, String reason,
        Instant at) {

    public GatewayStatus {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }
}
