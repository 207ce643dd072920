package io.certgate.notifier.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the rules need to know about one certificate: identity, validity window and whether its key is held. */
public record CertificateState(String id, String subject, String sha256, Instant notBefore, Instant notAfter,
        boolean hasPrivateKey, List<String> dnsNames) {

    public CertificateState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        if (sha256 == null || sha256.isBlank()) {
            throw new IllegalArgumentException("sha256 must not be blank");
        }
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (notAfter.isBefore(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " is before notBefore " + notBefore);
        }
        dnsNames = dnsNames == null ? List.of() : List.copyOf(dnsNames);
    }

    /** True once {@code now} is past notAfter; X.509 validity includes the notAfter instant itself. */
    public boolean isExpiredAt(Instant now) {
        return now.isAfter(notAfter);
    }

    /** True if {@code now} lies inside the validity window; the key is not considered. */
    public boolean isValidAt(Instant now) {
        return !now.isBefore(notBefore) && !now.isAfter(notAfter);
    }

    /** Whole days until notAfter, rounded toward zero: 0 on the last day, negative once expired for a day or more. */
    public long daysLeftAt(Instant now) {
        return java.time.Duration.between(now, notAfter).toDays();
    }
}
