package io.certgate.notifier.delivery.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Reads and writes the notification ledger. */
@ApplicationScoped
public class LedgerRepository implements PanacheRepository<LedgerEntry> {

    /** The entry for {@code dedupKey}, if that occasion was already mailed. */
    public Optional<LedgerEntry> findByDedupKey(String dedupKey) {
        return find("dedupKey", dedupKey).firstResultOptional();
    }

    /** True if the occasion named by {@code dedupKey} was already mailed. */
    public boolean contains(String dedupKey) {
        return count("dedupKey", dedupKey) > 0;
    }
}
