package io.certgate.certservice.validation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Everything a rule may look at: the input, the path as built and the time of validation from the injected clock. */
record ValidationContext(ValidationInput input, CertificationPath path, Instant now) {

    ValidationContext {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(now, "now");
    }

    X509Certificate leaf() {
        return path.leaf();
    }

    List<X509Certificate> certificates() {
        return path.certificates();
    }

    /** A finding about one certificate, with the code's severity. */
    static Finding finding(FindingCode code, X509Certificate certificate, String message) {
        return Finding.of(code, Certificates.sha256(certificate), message);
    }
}
