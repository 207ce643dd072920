package io.certgate.client.tls;

import java.util.UUID;

/**
 * Why a binding (or a trusted CA, then {@code bindingId} is null) was left out of the loaded material. The reason is
 * for humans and never contains key material.
 */
public record LoadProblem(UUID bindingId, UUID certificateId, String reason) {

    public LoadProblem {
        certificateId = Checks.notNull(certificateId, "certificateId");
        reason = Checks.notBlank(reason, "reason");
    }

    static LoadProblem ofBinding(ServedBinding binding, String reason) {
        return new LoadProblem(binding.bindingId(), binding.certificateId(), reason);
    }

    static LoadProblem ofTrustedCa(TrustedCa ca, String reason) {
        return new LoadProblem(null, ca.certificateId(), reason);
    }
}
