package io.certgate.client.tls;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A CA whose client certificates the component trusts, as PEM. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrustedCa(UUID certificateId, String subject, String sha256, String pem) {

    public TrustedCa {
        certificateId = Checks.notNull(certificateId, "certificateId");
        subject = subject == null ? "" : subject;
        sha256 = Checks.notBlank(sha256, "sha256");
        pem = Checks.notBlank(pem, "pem");
    }
}
