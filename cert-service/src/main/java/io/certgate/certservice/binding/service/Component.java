package io.certgate.certservice.binding.service;

import java.util.Arrays;
import java.util.Optional;

/** A part of Certgate that serves TLS with its own certificates. */
public enum Component {
    FTP, HTTPS;

    /** The component of this name, case-insensitive. */
    public static Optional<Component> parse(String value) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(value)).findFirst();
    }
}
