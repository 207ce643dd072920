package io.certgate.client.tls;

import java.security.cert.X509Certificate;
import java.util.List;

/** A component's material ready to serve: the bindings that passed every check and why the others were left out. */
public record LoadedMaterial(String component, String version, List<LoadedBinding> bindings,
        List<X509Certificate> trustedCas, List<LoadProblem> problems) {

    public LoadedMaterial {
        component = Checks.notBlank(component, "component");
        version = Checks.notBlank(version, "version");
        bindings = List.copyOf(Checks.notNull(bindings, "bindings"));
        trustedCas = List.copyOf(Checks.notNull(trustedCas, "trustedCas"));
        problems = List.copyOf(Checks.notNull(problems, "problems"));
    }

    /** Whether every binding and trusted CA of the material could be loaded. */
    public boolean isComplete() {
        return problems.isEmpty();
    }
}
