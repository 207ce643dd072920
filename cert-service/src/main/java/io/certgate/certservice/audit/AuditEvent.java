package io.certgate.certservice.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One audited change: who, what, when, from where. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(length = 200)
    public String target;

    @Column(columnDefinition = "TEXT")
    public String detail;

    @Column(length = 64)
    public String remote;
}
