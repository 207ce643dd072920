package io.certgate.certservice.pki;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** A certificate together with the key pair it was made for. */
public record IssuedCertificate(X509Certificate certificate, KeyPair keyPair) {

    public IssuedCertificate {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(keyPair, "keyPair");
    }

    /** Never prints the key: a record's generated toString() would reach into it. */
    @Override
    public String toString() {
        return "IssuedCertificate[subject=" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
