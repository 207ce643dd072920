package io.certgate.certservice.pki;

import java.security.KeyPair;
import java.util.Objects;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** A certificate signing request and the pending key pair the signed certificate will have to match. */
public record GeneratedCsr(PKCS10CertificationRequest request, KeyPair keyPair) {

    public GeneratedCsr {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(keyPair, "keyPair");
    }

    /** Never prints the key: a record's generated toString() would reach into it. */
    @Override
    public String toString() {
        return "GeneratedCsr[subject=" + request.getSubject() + "]";
    }
}
