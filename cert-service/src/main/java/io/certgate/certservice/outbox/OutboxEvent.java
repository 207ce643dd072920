package io.certgate.certservice.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change event waiting in, or already relayed from, the outbox table. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true, length = 64)
    public String eventId;

    /** Kafka record key: events with the same key are delivered in order. */
    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Column(name = "event_type", nullable = false, length = 128)
    public String eventType;

    /** The CloudEvent in structured JSON. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
