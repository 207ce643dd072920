package io.certgate.certservice.trust.service;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.certgate.certservice.binding.repository.TrustedCaRepository;
import io.certgate.certservice.certificate.repository.CertificateRepository;
import io.certgate.certservice.certificate.service.CertificateService;

/** The CAs a validation report trusts: the JDK's default roots plus every CA trusted in the store. */
@ApplicationScoped
public class TrustAnchors {

    private final Set<X509Certificate> jdkRoots;
    private final TrustedCaRepository trustedCas;
    private final CertificateRepository certificates;

    TrustAnchors(TrustedCaRepository trustedCas, CertificateRepository certificates) {
        this.trustedCas = trustedCas;
        this.certificates = certificates;
        this.jdkRoots = Set.copyOf(loadJdkRoots());
    }

    /** JDK roots and the store's trusted CAs. */
    @Transactional
    public Set<X509Certificate> all() {
        Set<X509Certificate> anchors = new HashSet<>(jdkRoots);
        trustedCas.listOrdered()
                .forEach(
                        ca -> certificates.findByIdOptional(ca.certificateId)
                                .map(CertificateService::x509)
                                .ifPresent(anchors::add));
        return anchors;
    }

    private static Set<X509Certificate> loadJdkRoots() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            Set<X509Certificate> roots = new HashSet<>();
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    roots.addAll(Arrays.asList(x509.getAcceptedIssuers()));
                }
            }
            return roots;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's default trust store cannot be read", e);
        }
    }
}
