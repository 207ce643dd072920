package io.certgate.client.tls;

import java.util.List;
import java.util.Optional;

/** Tells a gateway which of its listeners can serve TLS, for its status report. */
public final class Listeners {

    private final CertificateSelector selector;

    /** Listeners served by this selector. */
    public Listeners(CertificateSelector selector) {
        this.selector = Checks.notNull(selector, "selector");
    }

    /**
     * Whether a client connecting to {@code localAddress} without SNI gets a certificate. SNI-only bindings do not
     * count: clients that send no SNI (many FTP clients) would be refused.
     */
    public boolean hasValidCertificate(String localAddress) {
        return selector.select(localAddress, Optional.empty()).isPresent();
    }

    /** Those of {@code localAddresses} that have no certificate for a client without SNI. */
    public List<String> withoutValidCertificate(List<String> localAddresses) {
        return Checks.notNull(localAddresses, "localAddresses")
                .stream()
                .filter(address -> !hasValidCertificate(address))
                .toList();
    }
}
