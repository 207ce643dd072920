package io.certgate.certservice.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** Certificate fingerprints as lower-case hex without separators. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** SHA-256 over the DER encoding, as {@code openssl x509 -fingerprint -sha256} prints it (normalised). */
    public static String sha256(X509Certificate certificate) {
        return digest("SHA-256", certificate);
    }

    /** SHA-1 over the DER encoding; only for display next to tools that still show it. */
    public static String sha1(X509Certificate certificate) {
        return digest("SHA-1", certificate);
    }

    private static String digest(String algorithm, X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot compute the " + algorithm + " fingerprint", e);
        }
    }
}
