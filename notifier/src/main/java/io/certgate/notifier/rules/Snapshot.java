package io.certgate.notifier.rules;

import java.util.List;

/** Everything the rules look at, read once so that one evaluation sees one consistent state. */
public record Snapshot(List<BindingState> bindings, List<ComponentListener> listeners,
        List<GatewayStatus> gatewayStatuses, List<CertificateState> clientCertificates,
        List<CertificateState> trustedCas) {

    public Snapshot {
        bindings = copy(bindings);
        listeners = copy(listeners);
        gatewayStatuses = copy(gatewayStatuses);
        clientCertificates = copy(clientCertificates);
        trustedCas = copy(trustedCas);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
