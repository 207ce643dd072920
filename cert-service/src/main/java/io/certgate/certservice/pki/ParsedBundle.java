package io.certgate.certservice.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The certificates (in input order, without duplicates) and the optional private key read from one upload. */
public record ParsedBundle(List<X509Certificate> certificates, Optional<PrivateKey> privateKey, SourceFormat format) {

    public ParsedBundle {
        certificates = List.copyOf(certificates);
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(format, "format");
    }

    /** What a key prints is up to its provider (old JDKs and some providers print key parts); keep this safe to log. */
    @Override
    public String toString() {
        return "ParsedBundle[format=" + format + ", certificates=" + certificates.size() + ", privateKey="
                + privateKey.map(PrivateKey::getAlgorithm).orElse("none") + "]";
    }
}
