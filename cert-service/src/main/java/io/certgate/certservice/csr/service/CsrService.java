package io.certgate.certservice.csr.service;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.certgate.certservice.audit.AuditLog;
import io.certgate.certservice.certificate.repository.PrivateKeyEntity;
import io.certgate.certservice.certificate.repository.PrivateKeyRepository;
import io.certgate.certservice.certificate.service.CertificateKind;
import io.certgate.certservice.certificate.service.CertificateService;
import io.certgate.certservice.certificate.service.PrivateKeyStore;
import io.certgate.certservice.common.Actor;
import io.certgate.certservice.common.problem.ApiException;
import io.certgate.certservice.csr.repository.CsrEntity;
import io.certgate.certservice.csr.repository.CsrRepository;
import io.certgate.certservice.pki.Csrs;
import io.certgate.certservice.pki.GeneratedCsr;
import io.certgate.certservice.pki.KeyType;
import io.certgate.certservice.pki.PkiException;
import io.certgate.certservice.pki.SubjectAltNames;

/** Generates signing requests with their pending keys, and installs the signed certificates on them. */
@ApplicationScoped
public class CsrService {

    /** What to request. */
    public record CreateCsr(String subject, List<String> dnsNames, List<String> ipAddresses, KeyType keyType) {
    }

    private final CsrRepository csrs;
    private final PrivateKeyStore keys;
    private final PrivateKeyRepository keyRepository;
    private final CertificateService certificates;
    private final AuditLog audit;
    private final Clock clock;

    CsrService(CsrRepository csrs, PrivateKeyStore keys, PrivateKeyRepository keyRepository,
            CertificateService certificates, AuditLog audit, Clock clock) {
        this.csrs = csrs;
        this.keys = keys;
        this.keyRepository = keyRepository;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Generates a key pair on the server (the key never leaves it) and a PKCS#10 request for a CA. */
    @Transactional
    public CsrEntity create(CreateCsr command, Actor actor) {
        GeneratedCsr generated;
        try {
            generated = Csrs.create(command.subject(), new SubjectAltNames(command.dnsNames(), command.ipAddresses()),
                    command.keyType());
        } catch (PkiException e) {
            throw ApiException.badRequest(e.code().name(), e.getMessage());
        }
        PrivateKeyEntity key = keys.store(generated.keyPair().getPrivate(), generated.keyPair().getPublic());
        CsrEntity csr = new CsrEntity();
        csr.id = UUID.randomUUID();
        csr.subject = command.subject();
        csr.pem = Csrs.toPem(generated.request());
        csr.privateKeyId = key.id;
        csr.createdAt = clock.instant();
        csrs.persist(csr);
        audit.record(actor, "csr.create", csr.id.toString(), "subject " + csr.subject + ", key " + command.keyType());
        return csr;
    }

    /** One request. */
    @Transactional
    public CsrEntity get(UUID id) {
        return csrs.findByIdOptional(id)
                .orElseThrow(
                        () -> ApiException.notFound("CSR_NOT_FOUND",
                                "No certificate signing request with id " + id + "."));
    }

    /** Requests, pending ones only or all. */
    @Transactional
    public List<CsrEntity> list(boolean pendingOnly) {
        return pendingOnly ? csrs.pending() : csrs.listOrdered();
    }

    /**
     * Installs the signed certificate (with or without its chain) on this request. A certificate for another key is
     * refused and nothing changes.
     */
    @Transactional
    public CertificateService.ImportResult install(UUID id, byte[] content, Optional<CertificateKind> kind,
            Optional<String> name, Actor actor) {
        CsrEntity csr = get(id);
        if (csr.completedAt != null) {
            throw ApiException.conflict("CSR_COMPLETED",
                    "This request already has its certificate (" + csr.certificateId + ").");
        }
        X509Certificate leaf = CertificateService.readUpload(content, null).leaf();
        PrivateKeyEntity key = keyRepository.findById(csr.privateKeyId);
        if (!PrivateKeyStore.publicKeySha256(leaf.getPublicKey()).equals(key.publicKeySha256)) {
            throw ApiException.badRequest("CSR_KEY_MISMATCH", "The certificate "
                    + leaf.getSubjectX500Principal().getName() + " was not issued for this request: its public key is "
                    + "not the request's key. Was it signed from another CSR?");
        }
        CertificateService.ImportResult result = certificates.importBundle(
                new CertificateService.ImportCommand(kind, name, content, null), actor);
        audit.record(actor, "csr.install", csr.id.toString(), "certificate " + result.leaf().id);
        return result;
    }

    /** Deletes a pending request and its key. */
    @Transactional
    public void delete(UUID id, Actor actor) {
        CsrEntity csr = get(id);
        csrs.delete(csr);
        if (csr.completedAt == null) {
            csrs.flush();
            keys.delete(csr.privateKeyId);
        }
        audit.record(actor, "csr.delete", id.toString(), "subject " + csr.subject);
    }
}
