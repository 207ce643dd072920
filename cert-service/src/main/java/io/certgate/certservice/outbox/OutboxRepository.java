package io.certgate.certservice.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Reads and marks outbox rows. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** The oldest unsent events, in the order they were written. */
    public List<OutboxEvent> nextUnsent(int limit) {
        return find("sentAt is null", Sort.ascending("id")).page(0, limit).list();
    }

    /** How many events wait to be relayed. */
    public long countUnsent() {
        return count("sentAt is null");
    }

    /** Records that the broker acknowledged these events. */
    public int markSent(Collection<Long> ids, Instant when) {
        return ids.isEmpty() ? 0 : update("sentAt = ?1 where id in ?2 and sentAt is null", when, ids);
    }

    /** The outbox row of one CloudEvent id. */
    public Optional<OutboxEvent> findByEventId(String eventId) {
        return find("eventId", eventId).firstResultOptional();
    }
}
