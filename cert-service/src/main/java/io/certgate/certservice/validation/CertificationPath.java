package io.certgate.certservice.validation;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** A path as far as it could be built, leaf first, and why building stopped. */
record CertificationPath(List<X509Certificate> certificates, Ending ending) {

    /** Why path building stopped at the last certificate. */
    enum Ending {
        /** The last certificate is a trust anchor: the path is trusted. */
        TRUST_ANCHOR,
        /** The last certificate is a self-signed root that is not a trust anchor. */
        UNTRUSTED_ROOT,
        /** No certificate with the last certificate's issuer name was given or trusted. */
        ISSUER_MISSING,
        /** Certificates with the issuer name exist, but none of their keys verifies the signature. */
        SIGNATURE_INVALID,
        /** Every issuer candidate is already in the path. */
        LOOP,
        /** The path reached the depth limit without a trust anchor. */
        TOO_LONG
    }

    CertificationPath {
        certificates = List.copyOf(certificates);
        Objects.requireNonNull(ending, "ending");
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a path contains at least the leaf");
        }
    }

    X509Certificate leaf() {
        return certificates.get(0);
    }

    X509Certificate last() {
        return certificates.get(certificates.size() - 1);
    }

    boolean isLast(int index) {
        return index == certificates.size() - 1;
    }
}
