package io.certgate.notifier.rules;

import java.util.Objects;

/**
 * A listener of a component that must always have a valid certificate, e.g. FTP {@code explicit:2121} or HTTPS
 * {@code *}.
 */
public record ComponentListener(String component, String listener) {

    public ComponentListener {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(listener, "listener");
    }
}
