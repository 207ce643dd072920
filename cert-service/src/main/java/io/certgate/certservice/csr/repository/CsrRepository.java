package io.certgate.certservice.csr.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Certificate signing requests. */
@ApplicationScoped
public class CsrRepository implements PanacheRepositoryBase<CsrEntity, UUID> {

    /** Requests still waiting for their certificate, oldest first. */
    public List<CsrEntity> pending() {
        return list("completedAt is null", Sort.ascending("seq"));
    }

    /** Every request, oldest first. */
    public List<CsrEntity> listOrdered() {
        return listAll(Sort.ascending("seq"));
    }

    /** The pending request whose key is this one. */
    public Optional<CsrEntity> findPendingByKey(UUID privateKeyId) {
        return find("privateKeyId = ?1 and completedAt is null", privateKeyId).firstResultOptional();
    }

    /** How many requests use this key. */
    public long countByKey(UUID privateKeyId) {
        return count("privateKeyId", privateKeyId);
    }
}
