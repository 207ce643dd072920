package io.certgate.notifier.delivery.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One notification that went out; its dedup key is unique, so an occasion is mailed at most once. */
@Entity
@Table(name = "notification_ledger")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "dedup_key", nullable = false, unique = true, length = 512)
    public String dedupKey;

    @Column(name = "reason", nullable = false, length = 64)
    public String reason;

    @Column(name = "subject", nullable = false, length = 512)
    public String subject;

    /** Comma-separated addresses the mail was sent to. */
    @Column(name = "recipients", nullable = false, columnDefinition = "text")
    public String recipients;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
