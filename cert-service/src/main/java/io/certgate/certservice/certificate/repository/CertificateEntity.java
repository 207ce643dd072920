package io.certgate.certservice.certificate.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One stored X.509 certificate, unique by SHA-256 fingerprint. */
@Entity
@Table(name = "certificate")
public class CertificateEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Insertion order, for stable cursor pagination. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false, length = 8)
    public String kind;

    @Column(length = 200)
    public String name;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false, length = 128)
    public String serial;

    @Column(name = "not_before", nullable = false)
    public Instant notBefore;

    @Column(name = "not_after", nullable = false)
    public Instant notAfter;

    @Column(nullable = false, unique = true, length = 64)
    public String sha256;

    @Column(name = "public_key_sha256", nullable = false, length = 64)
    public String publicKeySha256;

    /** Lower-case subject, SANs and name, for text search. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(nullable = false)
    public byte[] der;

    @Column(name = "issuer_certificate_id")
    public UUID issuerCertificateId;

    @Column(name = "private_key_id")
    public UUID privateKeyId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
