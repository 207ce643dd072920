package io.certgate.client.tls;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One served certificate: where it is served (address or {@code *}, SNI host name or empty for the default) and its
 * PEM chain (leaf first) and PKCS#8 PEM key.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServedBinding(UUID bindingId, String address, String serverName, UUID certificateId, String sha256,
        Instant notAfter, String chainPem, String keyPem) {

    public ServedBinding {
        bindingId = Checks.notNull(bindingId, "bindingId");
        address = Checks.notBlank(address, "address").strip();
        // cert-service sends "" for the default certificate; null is accepted as the same thing.
        serverName = serverName == null ? "" : serverName.strip();
        certificateId = Checks.notNull(certificateId, "certificateId");
        sha256 = Checks.notBlank(sha256, "sha256");
        notAfter = Checks.notNull(notAfter, "notAfter");
        chainPem = Checks.notBlank(chainPem, "chainPem");
        keyPem = Checks.notBlank(keyPem, "keyPem");
    }

    /** Whether this is the default certificate of its address (served when the client sends no matching SNI). */
    public boolean isDefault() {
        return serverName.isEmpty();
    }

    @Override
    public String toString() {
        // Never the key: bindings end up in log lines and exception messages.
        return "ServedBinding[bindingId=" + bindingId + ", address=" + address + ", serverName=" + serverName
                + ", certificateId=" + certificateId + ", sha256=" + sha256 + ", notAfter=" + notAfter + "]";
    }
}
