package io.certgate.notifier.rules;

import java.util.Objects;

/**
 * One email to send; {@link #dedupKey()} names the occasion so that it is mailed at most once.
 * {@code certificate} is null for a listener that has nothing bound.
 */
public record Notification(ReasonCode code, Priority priority, String dedupKey, String component, String address,
        String serverName, String listener, CertificateState certificate, long daysLeft, String message) {

    public Notification {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(priority, "priority");
        if (priority != code.priority()) {
            throw new IllegalArgumentException(code + " has priority " + code.priority() + ", not " + priority);
        }
        if (dedupKey == null || dedupKey.isBlank()) {
            throw new IllegalArgumentException("dedupKey must not be blank");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }
}
