package io.certgate.certservice.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** The audit log table. */
@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    /** The latest entries, newest first. */
    public List<AuditEvent> latest(int limit) {
        return findAll(Sort.descending("id")).page(0, limit).list();
    }
}
