package io.certgate.certservice.csr.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A certificate signing request and its pending key, until the signed certificate is installed. */
@Entity
@Table(name = "csr")
public class CsrEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false)
    public String subject;

    /** The PKCS#10 request in PEM, as given to the CA. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String pem;

    @Column(name = "private_key_id", nullable = false)
    public UUID privateKeyId;

    /** The installed certificate, once there is one. */
    @Column(name = "certificate_id")
    public UUID certificateId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
