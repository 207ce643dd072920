package io.certgate.certservice.trust.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.certgate.certservice.audit.AuditLog;
import io.certgate.certservice.binding.repository.TrustedCaEntity;
import io.certgate.certservice.binding.repository.TrustedCaRepository;
import io.certgate.certservice.binding.service.Component;
import io.certgate.certservice.certificate.repository.CertificateEntity;
import io.certgate.certservice.certificate.service.CertificateService;
import io.certgate.certservice.common.Actor;
import io.certgate.certservice.common.problem.ApiException;
import io.certgate.certservice.outbox.ChangeEvents;
import io.certgate.certservice.pki.CertificateInfo;
import io.certgate.client.event.EventTypes;

/** Which CAs each component trusts for client certificates. */
@ApplicationScoped
public class TrustService {

    private final TrustedCaRepository trustedCas;
    private final CertificateService certificates;
    private final ChangeEvents events;
    private final AuditLog audit;
    private final Clock clock;

    TrustService(TrustedCaRepository trustedCas, CertificateService certificates, ChangeEvents events,
            AuditLog audit, Clock clock) {
        this.trustedCas = trustedCas;
        this.certificates = certificates;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Trusts a stored CA certificate for a component; trusting it twice is harmless. */
    @Transactional
    public TrustedCaEntity trust(String componentName, UUID certificateId, Actor actor) {
        Component component = Component.require(componentName);
        CertificateEntity certificate = certificates.get(certificateId);
        if (!CertificateInfo.of(CertificateService.x509(certificate)).isCa()) {
            throw new ApiException(422, "NOT_A_CA", "The certificate " + certificate.subject
                    + " is not a CA certificate (basicConstraints CA:true), so it cannot vouch for client certificates.");
        }
        Optional<TrustedCaEntity> existing = trustedCas
                .findByIdOptional(new TrustedCaEntity.Key(component.name(), certificateId));
        if (existing.isPresent()) {
            return existing.get();
        }
        TrustedCaEntity entry = new TrustedCaEntity();
        entry.component = component.name();
        entry.certificateId = certificateId;
        entry.createdAt = clock.instant();
        trustedCas.persist(entry);
        publish(entry, "trusted");
        audit.record(actor, "trust.add", component.name(), "CA " + certificateId + " (" + certificate.subject + ")");
        return entry;
    }

    /** Stops trusting a CA for a component. */
    @Transactional
    public void distrust(String componentName, UUID certificateId, Actor actor) {
        Component component = Component.require(componentName);
        TrustedCaEntity entry = trustedCas.findByIdOptional(new TrustedCaEntity.Key(component.name(), certificateId))
                .orElseThrow(() -> ApiException.notFound("TRUSTED_CA_NOT_FOUND",
                        "Certificate " + certificateId + " is not a trusted CA for " + component + "."));
        trustedCas.delete(entry);
        publish(entry, "distrusted");
        audit.record(actor, "trust.remove", component.name(), "CA " + certificateId);
    }

    /** Trusted CAs, of one component or all. */
    @Transactional
    public List<TrustedCaEntity> list(Optional<String> componentName) {
        return componentName.map(c -> trustedCas.findByComponent(Component.require(c).name()))
                .orElseGet(trustedCas::listOrdered);
    }

    private void publish(TrustedCaEntity entry, String action) {
        events.publish(entry.component, EventTypes.TRUST_CHANGED, entry.component, JsonNodeFactory.instance
                .objectNode()
                .put("action", action)
                .put("component", entry.component)
                .put("certificateId", entry.certificateId.toString()));
    }
}
