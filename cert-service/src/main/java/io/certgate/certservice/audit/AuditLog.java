package io.certgate.certservice.audit;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.certgate.certservice.common.Actor;

/** Records changes in the audit log, in the transaction of the change. Never given secrets. */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Appends an entry; {@code detail} is free text for humans. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String target, String detail) {
        AuditEvent event = new AuditEvent();
        event.at = clock.instant();
        event.actor = actor.name();
        event.remote = actor.remote();
        event.action = action;
        event.target = target;
        event.detail = detail;
        repository.persist(event);
        LOG.infof("audit: %s %s %s from %s", actor.name(), action, target, actor.remote());
    }
}
