package io.certgate.certservice.binding.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Which certificate serves a (component, address, server name). */
@Entity
@Table(name = "binding")
public class BindingEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 8)
    public String component;

    /** An IP address clients connect to, or {@code *}. */
    @Column(nullable = false, length = 45)
    public String address;

    /** An SNI host name, or the empty string for "no server name". */
    @Column(name = "server_name", nullable = false, length = 253)
    public String serverName;

    @Column(name = "certificate_id", nullable = false)
    public UUID certificateId;

    /** Saved despite validity findings, by an explicit force. */
    @Column(nullable = false)
    public boolean forced;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
