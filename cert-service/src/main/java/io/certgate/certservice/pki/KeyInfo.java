package io.certgate.certservice.pki;

import java.util.Objects;
import java.util.Optional;

/** What a public key is: algorithm (RSA, EC), size in bits, and for EC the curve (P-256, P-384, P-521). */
public record KeyInfo(String algorithm, int sizeBits, Optional<String> curve) {

    public KeyInfo {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(curve, "curve");
        if (sizeBits <= 0) {
            throw new IllegalArgumentException("sizeBits must be positive: " + sizeBits);
        }
    }
}
