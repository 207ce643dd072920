package io.certgate.client.tls;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A component's TLS material as cert-service serves it at {@code GET /api/v1/tls-material/{component}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TlsMaterial(String component, String version, List<ServedBinding> bindings, List<TrustedCa> trustedCas) {

    public TlsMaterial {
        component = Checks.notBlank(component, "component");
        version = Checks.notBlank(version, "version");
        // An absent list means "none": a component without bindings or trusted CAs is still valid material.
        bindings = bindings == null ? List.of() : List.copyOf(bindings);
        trustedCas = trustedCas == null ? List.of() : List.copyOf(trustedCas);
    }

    @Override
    public String toString() {
        // The bindings' own toString leaves the keys out; spelled out here so a future field cannot leak one.
        return "TlsMaterial[component=" + component + ", version=" + version + ", bindings="
                + bindings.stream().map(ServedBinding::toString).toList() + ", trustedCas=" + trustedCas + "]";
    }

}
