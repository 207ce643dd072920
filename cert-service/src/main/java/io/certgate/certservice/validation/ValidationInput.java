package io.certgate.certservice.validation;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to validate: the certificates (leaf first, the others in any order and possibly with extras), the trusted CAs,
 * optionally the private key, the purpose, the host clients connect to, and how many days ahead expiry is a warning.
 */
public record ValidationInput(
        List<X509Certificate> certificates,
        Set<X509Certificate> trustAnchors,
        Optional<PrivateKey> privateKey,
        boolean keyRequired,
        Purpose purpose,
        Optional<String> expectedHost,
        int expiryWarningDays) {

    /** Days before expiry at which a warning starts; the expiry emails start at the same point. */
    public static final int DEFAULT_EXPIRY_WARNING_DAYS = 14;

    public ValidationInput {
        Objects.requireNonNull(certificates, "certificates");
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("certificates must contain at least the leaf certificate");
        }
        // List.copyOf and Set.copyOf reject null elements, so no rule has to expect them.
        certificates = List.copyOf(certificates);
        trustAnchors = Set.copyOf(Objects.requireNonNull(trustAnchors, "trustAnchors"));
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(expectedHost, "expectedHost");
        expectedHost = expectedHost.map(String::strip);
        if (expectedHost.filter(String::isEmpty).isPresent()) {
            throw new IllegalArgumentException("expectedHost must not be blank when present");
        }
        if (expiryWarningDays < 0) {
            throw new IllegalArgumentException("expiryWarningDays must not be negative, was " + expiryWarningDays);
        }
    }

    /** An input with no private key, no host to match and the default expiry warning of 14 days. */
    public static ValidationInput of(List<X509Certificate> certificates, Set<X509Certificate> trustAnchors,
            Purpose purpose) {
        return new ValidationInput(certificates, trustAnchors, Optional.empty(), false, purpose, Optional.empty(),
                DEFAULT_EXPIRY_WARNING_DAYS);
    }

    /** The leaf certificate, the one being validated. */
    public X509Certificate leaf() {
        return certificates.get(0);
    }

    /** A copy with the private key that should belong to the leaf. */
    public ValidationInput withPrivateKey(PrivateKey key) {
        return new ValidationInput(certificates, trustAnchors, Optional.of(key), keyRequired, purpose, expectedHost,
                expiryWarningDays);
    }

    /** A copy that reports a missing private key as an error. */
    public ValidationInput withKeyRequired() {
        return new ValidationInput(certificates, trustAnchors, privateKey, true, purpose, expectedHost,
                expiryWarningDays);
    }

    /** A copy that checks the leaf against this DNS name or IP literal. */
    public ValidationInput withExpectedHost(String host) {
        return new ValidationInput(certificates, trustAnchors, privateKey, keyRequired, purpose, Optional.of(host),
                expiryWarningDays);
    }

    /** A copy that warns this many days before a certificate expires. */
    public ValidationInput withExpiryWarningDays(int days) {
        return new ValidationInput(certificates, trustAnchors, privateKey, keyRequired, purpose, expectedHost, days);
    }
}
