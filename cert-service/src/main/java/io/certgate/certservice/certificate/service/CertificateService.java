package io.certgate.certservice.certificate.service;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.certgate.certservice.audit.AuditLog;
import io.certgate.certservice.binding.repository.BindingEntity;
import io.certgate.certservice.binding.repository.BindingRepository;
import io.certgate.certservice.binding.repository.TrustedCaEntity;
import io.certgate.certservice.binding.repository.TrustedCaRepository;
import io.certgate.certservice.certificate.repository.CertificateEntity;
import io.certgate.certservice.certificate.repository.CertificateRepository;
import io.certgate.certservice.certificate.repository.PrivateKeyEntity;
import io.certgate.certservice.common.Actor;
import io.certgate.certservice.common.problem.ApiException;
import io.certgate.certservice.csr.repository.CsrEntity;
import io.certgate.certservice.csr.repository.CsrRepository;
import io.certgate.certservice.outbox.ChangeEvents;
import io.certgate.certservice.pki.BundleParser;
import io.certgate.certservice.pki.CertificateInfo;
import io.certgate.certservice.pki.Chains;
import io.certgate.certservice.pki.Fingerprints;
import io.certgate.certservice.pki.IssuedCertificate;
import io.certgate.certservice.pki.KeyType;
import io.certgate.certservice.pki.Keys;
import io.certgate.certservice.pki.ParsedBundle;
import io.certgate.certservice.pki.PkiException;
import io.certgate.certservice.pki.SelfSigned;
import io.certgate.certservice.pki.SubjectAltNames;
import io.certgate.client.event.EventTypes;

/** Imports, generates, reads and deletes certificates and their keys; every change emits its event. */
@ApplicationScoped
public class CertificateService {

    /** Longest chain followed through issuer links, against loops in stored data. */
    static final int MAX_CHAIN = 10;

    /** An upload: the bytes as sent, an optional password, and what the leaf is for. */
    public record ImportCommand(Optional<CertificateKind> kind, Optional<String> name, byte[] content,
            char[] password) {
    }

    /** A request for a self-signed test certificate. */
    public record SelfSignedCommand(Optional<CertificateKind> kind, Optional<String> name, String subject,
            List<String> dnsNames, List<String> ipAddresses, int validityDays, KeyType keyType) {
    }

    /**
     * What an import did.
     *
     * @param leaf
     *            the end-entity certificate
     * @param created
     *            ids of certificates that were new
     * @param keyAttached
     *            whether the leaf now holds a private key because of this import
     */
    public record ImportResult(CertificateEntity leaf, List<UUID> created, boolean keyAttached) {
    }

    private final CertificateRepository certificates;
    private final PrivateKeyStore keys;
    private final BindingRepository bindings;
    private final TrustedCaRepository trustedCas;
    private final CsrRepository csrs;
    private final ChangeEvents events;
    private final AuditLog audit;
    private final Clock clock;

    CertificateService(CertificateRepository certificates, PrivateKeyStore keys, BindingRepository bindings,
            TrustedCaRepository trustedCas, CsrRepository csrs, ChangeEvents events, AuditLog audit, Clock clock) {
        this.csrs = csrs;
        this.certificates = certificates;
        this.keys = keys;
        this.bindings = bindings;
        this.trustedCas = trustedCas;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** An upload read for use: its certificates leaf first, and the private key if it held one. */
    public record Upload(List<X509Certificate> chain, Optional<PrivateKey> privateKey) {
        /** The end-entity certificate. */
        public X509Certificate leaf() {
            return chain.getFirst();
        }
    }

    /** Reads an upload in any supported format; anything unreadable is a 400 problem with the parser's code. */
    public static Upload readUpload(byte[] content, char[] password) {
        ParsedBundle bundle;
        try {
            bundle = BundleParser.parse(content, password);
        } catch (PkiException e) {
            throw ApiException.badRequest(e.code().name(), e.getMessage());
        }
        if (bundle.certificates().isEmpty()) {
            throw ApiException.badRequest("NO_CERTIFICATE", "The upload holds no certificate.");
        }
        return new Upload(Chains.orderLeafFirst(bundle.certificates()), bundle.privateKey());
    }

    /** Stores every certificate of an upload once, links the chain, and attaches the key to the leaf. */
    @Transactional
    public ImportResult importBundle(ImportCommand command, Actor actor) {
        Upload upload = readUpload(command.content(), command.password());
        List<X509Certificate> chain = upload.chain();
        X509Certificate leaf = upload.leaf();
        if (upload.privateKey().isPresent() && !Keys.matches(leaf.getPublicKey(), upload.privateKey().get())) {
            throw ApiException.badRequest("KEY_DOES_NOT_MATCH", "The private key does not belong to the certificate "
                    + leaf.getSubjectX500Principal().getName() + ".");
        }
        ImportResult result = store(chain, upload.privateKey(), command.kind(), command.name());
        audit.record(actor, "certificate.import", result.leaf().id.toString(),
                "subject " + result.leaf().subject + ", " + chain.size() + " certificate(s), key "
                        + (result.leaf().privateKeyId != null ? "held" : "not held"));
        return result;
    }

    /** Generates a key pair and a self-signed certificate for evaluation and development. */
    @Transactional
    public ImportResult createSelfSigned(SelfSignedCommand command, Actor actor) {
        IssuedCertificate issued;
        try {
            issued = SelfSigned.create(command.subject(),
                    new SubjectAltNames(command.dnsNames(), command.ipAddresses()), command.validityDays(),
                    command.keyType(), clock);
        } catch (PkiException e) {
            throw ApiException.badRequest(e.code().name(), e.getMessage());
        }
        ImportResult result = store(List.of(issued.certificate()), Optional.of(issued.keyPair().getPrivate()),
                command.kind(), command.name());
        audit.record(actor, "certificate.self-signed", result.leaf().id.toString(),
                "subject " + result.leaf().subject + ", key " + command.keyType());
        return result;
    }

    /** The certificate with this id. */
    @Transactional
    public CertificateEntity get(UUID id) {
        return certificates.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** The stored chain of a certificate: itself first, then its issuers as far as they are stored. */
    @Transactional
    public List<CertificateEntity> chain(CertificateEntity certificate) {
        List<CertificateEntity> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        CertificateEntity current = certificate;
        while (current != null && seen.add(current.id) && chain.size() < MAX_CHAIN) {
            chain.add(current);
            current = current.issuerCertificateId == null
                    ? null
                    : certificates.findByIdOptional(current.issuerCertificateId).orElse(null);
        }
        return chain;
    }

    /** A page of certificates after the cursor. */
    @Transactional
    public List<CertificateEntity> list(CertificateRepository.Filter filter, long afterSeq, int limit) {
        return certificates.page(filter, afterSeq, limit);
    }

    /** Deletes a certificate that is neither bound nor trusted; its key goes with it unless still used. */
    @Transactional
    public void delete(UUID id, Actor actor) {
        CertificateEntity certificate = get(id);
        List<BindingEntity> bound = bindings.findByCertificate(id);
        if (!bound.isEmpty()) {
            throw ApiException.conflict("CERTIFICATE_BOUND", "The certificate is bound to "
                    + String.join(", ", bound.stream().map(CertificateService::describe).toList())
                    + ". Remove or replace those bindings first.");
        }
        List<TrustedCaEntity> trusted = trustedCas.findByCertificate(id);
        if (!trusted.isEmpty()) {
            throw ApiException.conflict("CERTIFICATE_TRUSTED", "The certificate is a trusted CA for "
                    + String.join(", ", trusted.stream().map(t -> t.component).toList())
                    + ". Remove it from the trusted CAs first.");
        }
        UUID keyId = certificate.privateKeyId;
        // A completed request is only the history of this certificate: it goes with it.
        csrs.delete("certificateId", id);
        certificates.delete(certificate);
        certificates.flush();
        if (keyId != null && certificates.count("privateKeyId", keyId) == 0 && csrs.countByKey(keyId) == 0) {
            keys.delete(keyId);
        }
        events.publish(id.toString(), EventTypes.CERTIFICATE_DELETED, id.toString(), data(certificate));
        audit.record(actor, "certificate.delete", id.toString(), "subject " + certificate.subject);
    }

    /** The private key of a certificate, opened; only for TLS material and protected exports. */
    @Transactional
    public Optional<PrivateKey> privateKey(CertificateEntity certificate) {
        return Optional.ofNullable(certificate.privateKeyId).map(keys::load);
    }

    /** Parses the stored DER of a certificate. */
    public static X509Certificate x509(CertificateEntity certificate) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate.der));
        } catch (CertificateException e) {
            throw new IllegalStateException("stored certificate " + certificate.id + " does not parse", e);
        }
    }

    private ImportResult store(List<X509Certificate> chain, Optional<PrivateKey> key, Optional<CertificateKind> kind,
            Optional<String> name) {
        // The leaf's key is settled first: every field of a new row is set before it is persisted, and rows that
        // exist already are changed by update statements (a change to a just-persisted entity can be lost).
        X509Certificate leafCertificate = chain.getFirst();
        String leafPublicKey = PrivateKeyStore.publicKeySha256(leafCertificate.getPublicKey());
        Optional<CertificateEntity> existingLeaf = certificates.findBySha256(Fingerprints.sha256(leafCertificate));
        Optional<PrivateKeyEntity> leafKey = existingLeaf.map(e -> e.privateKeyId).isPresent()
                ? Optional.empty()
                : key.map(k -> keys.store(k, leafCertificate.getPublicKey()))
                        .or(() -> keys.findPending(leafPublicKey));

        List<UUID> created = new ArrayList<>();
        CertificateEntity issuer = null;
        // From the top of the chain down, so each certificate can point at its stored issuer.
        for (int i = chain.size() - 1; i >= 0; i--) {
            X509Certificate certificate = chain.get(i);
            X509Certificate next = i + 1 < chain.size() ? chain.get(i + 1) : null;
            CertificateEntity linkTo = next != null && issued(next, certificate) ? issuer : findIssuer(certificate);
            boolean leaf = i == 0;
            CertificateInfo info = CertificateInfo.of(certificate);
            Optional<CertificateEntity> existing = certificates.findBySha256(info.sha256());
            CertificateEntity entity;
            if (existing.isPresent()) {
                entity = existing.get();
                if (entity.issuerCertificateId == null && linkTo != null && !linkTo.id.equals(entity.id)) {
                    certificates.update("issuerCertificateId = ?1 where id = ?2", linkTo.id, entity.id);
                    entity.issuerCertificateId = linkTo.id;
                }
            } else {
                entity = newEntity(certificate, info, leaf
                        ? kind.orElse(info.isCa()
                                ? CertificateKind.CA
                                : CertificateKind.SERVER)
                        : CertificateKind.CA, leaf ? name.orElse(null) : null);
                entity.issuerCertificateId = linkTo != null && !linkTo.id.equals(entity.id) ? linkTo.id : null;
                entity.privateKeyId = leaf ? leafKey.map(k -> k.id).orElse(null) : null;
                certificates.persist(entity);
                created.add(entity.id);
            }
            issuer = entity;
        }
        CertificateEntity leafEntity = issuer;
        boolean keyAttached = leafKey.isPresent();
        if (keyAttached && existingLeaf.isPresent()) {
            certificates.update("privateKeyId = ?1 where id = ?2", leafKey.get().id, leafEntity.id);
            leafEntity.privateKeyId = leafKey.get().id;
        }
        if (keyAttached) {
            csrs.findPendingByKey(leafKey.get().id).ifPresent(csr -> complete(csr, leafEntity));
        }
        for (UUID id : created) {
            CertificateEntity entity = certificates.findById(id);
            events.publish(id.toString(), EventTypes.CERTIFICATE_CREATED, id.toString(), data(entity));
        }
        if (keyAttached && !created.contains(leafEntity.id)) {
            events.publish(leafEntity.id.toString(), EventTypes.CERTIFICATE_UPDATED, leafEntity.id.toString(),
                    data(leafEntity));
        }
        return new ImportResult(leafEntity, List.copyOf(created), keyAttached);
    }

    private void complete(CsrEntity csr, CertificateEntity certificate) {
        csr.certificateId = certificate.id;
        csr.completedAt = clock.instant();
    }

    private CertificateEntity newEntity(X509Certificate certificate, CertificateInfo info, CertificateKind kind,
            String name) {
        CertificateEntity entity = new CertificateEntity();
        entity.id = UUID.randomUUID();
        entity.kind = kind.name();
        entity.name = name;
        entity.subject = info.subject();
        entity.issuer = info.issuer();
        entity.serial = info.serial();
        entity.notBefore = info.notBefore();
        entity.notAfter = info.notAfter();
        entity.sha256 = info.sha256();
        entity.publicKeySha256 = PrivateKeyStore.publicKeySha256(certificate.getPublicKey());
        entity.searchText = String.join(" ", searchTerms(info, name)).toLowerCase();
        try {
            entity.der = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
        entity.createdAt = clock.instant();
        return entity;
    }

    private CertificateEntity findIssuer(X509Certificate certificate) {
        if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return null;
        }
        for (CertificateEntity candidate : certificates.findBySubject(
                CertificateInfo.of(certificate).issuer())) {
            if (issued(x509(candidate), certificate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean issued(X509Certificate issuer, X509Certificate subject) {
        if (!issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal())) {
            return false;
        }
        try {
            subject.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<String> searchTerms(CertificateInfo info, String name) {
        List<String> terms = new ArrayList<>();
        terms.add(info.subject());
        terms.addAll(info.dnsNames());
        terms.addAll(info.ipAddresses());
        terms.add(info.sha256());
        if (name != null) {
            terms.add(name);
        }
        return terms;
    }

    static ObjectNode data(CertificateEntity certificate) {
        return JsonNodeFactory.instance.objectNode()
                .put("certificateId", certificate.id.toString())
                .put("kind", certificate.kind)
                .put("subject", certificate.subject)
                .put("sha256", certificate.sha256)
                .put("notAfter", certificate.notAfter.toString());
    }

    /** A binding as users name it: "FTP * (default)" or "HTTPS 127.0.0.2 www.example.com". */
    public static String describe(BindingEntity binding) {
        return binding.component + " " + binding.address + " "
                + (binding.serverName.isEmpty() ? "(default)" : binding.serverName);
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("CERTIFICATE_NOT_FOUND", "No certificate with id " + id + ".");
    }
}
