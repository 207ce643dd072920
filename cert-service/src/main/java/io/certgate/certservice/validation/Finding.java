package io.certgate.certservice.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One result of a validation rule: a stable code, its severity, the certificate it is about (SHA-256 of its DER
 * encoding in lower-case hex, or null when it concerns the whole report) and a message for people.
 */
public record Finding(FindingCode code, Severity severity, String certificateSha256, String message) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        if (certificateSha256 != null && !SHA256_HEX.matcher(certificateSha256).matches()) {
            throw new IllegalArgumentException("certificateSha256 must be 64 lower-case hex digits");
        }
    }

    /** A finding with the code's own severity. */
    public static Finding of(FindingCode code, String certificateSha256, String message) {
        return new Finding(code, code.severity(), certificateSha256, message);
    }
}
