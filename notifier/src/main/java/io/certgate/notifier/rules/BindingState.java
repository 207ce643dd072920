package io.certgate.notifier.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One slot (component, address, server name) with the leaf certificate bound to it and its issuers. */
public record BindingState(String component, String address, String serverName, CertificateState certificate,
        List<CertificateState> chain) {

    /** The address or server name that matches everything, as cert-service writes it. */
    public static final String ANY = "*";

    public BindingState {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(serverName, "serverName (use \"*\" for the default)");
        Objects.requireNonNull(certificate, "certificate");
        chain = chain == null ? List.of() : List.copyOf(chain);
    }

    /** The leaf followed by its chain. */
    public List<CertificateState> certificates() {
        List<CertificateState> all = new ArrayList<>(chain.size() + 1);
        all.add(certificate);
        all.addAll(chain);
        return all;
    }

    /** The certificate that expires first; the leaf wins a tie because it is the one an operator replaces. */
    public CertificateState earliestExpiring() {
        return certificates().stream().min(Comparator.comparing(CertificateState::notAfter)).orElseThrow();
    }

    /** True if a client could complete a handshake: every certificate valid now and the leaf's key held. */
    public boolean canServeAt(Instant now) {
        return certificate.hasPrivateKey() && certificates().stream().allMatch(c -> c.isValidAt(now));
    }

    /** True if this binding is used for connections on {@code listener}. */
    public boolean covers(ComponentListener listener) {
        return component.equals(listener.component())
                && (ANY.equals(address) || address.equals(listener.listener()));
    }
}
