package io.certgate.certservice.binding.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A CA whose client certificates a component accepts. */
@Entity
@Table(name = "trusted_ca")
@IdClass(TrustedCaEntity.Key.class)
public class TrustedCaEntity extends PanacheEntityBase {

    @Id
    @Column(nullable = false, length = 8)
    public String component;

    @Id
    @Column(name = "certificate_id", nullable = false)
    public UUID certificateId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Primary key of a trust entry. */
    public record Key(String component, UUID certificateId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
