package io.certgate.certservice.tlsmaterial;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.certgate.certservice.binding.repository.BindingEntity;
import io.certgate.certservice.binding.repository.BindingRepository;
import io.certgate.certservice.binding.repository.TrustedCaEntity;
import io.certgate.certservice.binding.repository.TrustedCaRepository;
import io.certgate.certservice.binding.service.Component;
import io.certgate.certservice.certificate.repository.CertificateEntity;
import io.certgate.certservice.certificate.service.CertificateService;
import io.certgate.certservice.pki.Pem;

/** Everything one component needs to serve TLS: each binding with its chain and key, and the trusted client CAs. */
@ApplicationScoped
public class TlsMaterialService {

    /** One served certificate. The key is PKCS#8 PEM and is only ever sent to the gateway role. */
    public record Served(UUID bindingId, String address, String serverName, UUID certificateId, String sha256,
            Instant notAfter, String chainPem, String keyPem) {
    }

    /** One trusted client CA. */
    public record TrustedCa(UUID certificateId, String subject, String sha256, String pem) {
    }

    /**
     * The material of a component and its version (an opaque hash that changes whenever any of it changes).
     */
    public record TlsMaterial(String component, String version, List<Served> bindings, List<TrustedCa> trustedCas) {
    }

    private final BindingRepository bindings;
    private final TrustedCaRepository trustedCas;
    private final CertificateService certificates;

    TlsMaterialService(BindingRepository bindings, TrustedCaRepository trustedCas, CertificateService certificates) {
        this.bindings = bindings;
        this.trustedCas = trustedCas;
        this.certificates = certificates;
    }

    /** The component's current material. */
    @Transactional
    public TlsMaterial material(Component component) {
        List<Served> served = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder(component.name());
        for (BindingEntity binding : bindings.findByComponent(component.name())) {
            CertificateEntity certificate = certificates.get(binding.certificateId);
            PrivateKey key = certificates.privateKey(certificate).orElse(null);
            if (key == null) {
                continue; // cannot happen through the API (bindings need a key); never serve half a binding
            }
            List<X509Certificate> chain = certificates.chain(certificate)
                    .stream()
                    .map(CertificateService::x509)
                    .toList();
            served.add(new Served(binding.id, binding.address, binding.serverName, certificate.id,
                    certificate.sha256, certificate.notAfter, Pem.certificates(withoutSelfSignedRoot(chain)),
                    Pem.privateKey(key)));
            fingerprint.append('|')
                    .append(binding.id)
                    .append(binding.address)
                    .append(binding.serverName)
                    .append(certificate.sha256);
        }
        List<TrustedCa> cas = new ArrayList<>();
        for (TrustedCaEntity entry : trustedCas.findByComponent(component.name())) {
            CertificateEntity ca = certificates.get(entry.certificateId);
            cas.add(new TrustedCa(ca.id, ca.subject, ca.sha256, Pem.certificate(CertificateService.x509(ca))));
            fingerprint.append("|ca:").append(ca.sha256);
        }
        return new TlsMaterial(component.name(), sha256(fingerprint.toString()), served, cas);
    }

    // Clients must already have the root to trust it; sending it only costs bytes in every handshake.
    private static List<X509Certificate> withoutSelfSignedRoot(List<X509Certificate> chain) {
        if (chain.size() > 1) {
            X509Certificate last = chain.getLast();
            if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                return chain.subList(0, chain.size() - 1);
            }
        }
        return chain;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
