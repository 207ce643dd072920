package io.certgate.certservice.certificate.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A private key sealed under the master key; its clear form never reaches the database. */
@Entity
@Table(name = "private_key")
public class PrivateKeyEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "public_key_sha256", nullable = false, unique = true, length = 64)
    public String publicKeySha256;

    @Column(nullable = false, length = 16)
    public String algorithm;

    @Column(name = "master_key_id", nullable = false, length = 16)
    public String masterKeyId;

    @Column(name = "wrapped_key", nullable = false)
    public byte[] wrappedKey;

    @Column(nullable = false)
    public byte[] ciphertext;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
