package io.certgate.certservice.binding.service;

import java.util.Arrays;
import java.util.Optional;

/** A part of Certgate that serves TLS with its own certificates. */
public enum Component {
    FTP, HTTPS;

    /** The component of this name, or a 400 problem that names the valid ones. */
    public static Component require(String value) {
        return parse(value).orElseThrow(() -> io.certgate.certservice.common.problem.ApiException
                .badRequest("INVALID_COMPONENT", "Component '" + value + "' is not one of FTP, HTTPS."));
    }

    /** The component of this name, case-insensitive. */
    public static Optional<Component> parse(String value) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(value)).findFirst();
    }
}
