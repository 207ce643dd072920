package io.certgate.notifier.delivery.service;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.certgate.notifier.delivery.mail.MailSendException;
import io.certgate.notifier.delivery.mail.NotificationMailer;
import io.certgate.notifier.delivery.mail.RenderedMail;
import io.certgate.notifier.delivery.repository.LedgerEntry;
import io.certgate.notifier.delivery.repository.LedgerRepository;
import io.certgate.notifier.rules.Notification;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Mails each notification once per dedup key: the ledger row and the mail succeed or fail together, so a
 * notification SMTP did not take is tried again on the next run.
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class);
    /** PostgreSQL's SQLSTATE for a unique constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private enum Outcome {
        SENT, SKIPPED, FAILED
    }

    private final NotificationMailer mailer;
    private final LedgerRepository ledger;
    private final Clock clock;

    NotificationDelivery(NotificationMailer mailer, LedgerRepository ledger) {
        this.mailer = mailer;
        this.ledger = ledger;
        this.clock = Clock.systemUTC();
    }

    /** Delivers {@code notifications} in order and says how many were sent, skipped as duplicates and failed. */
    public DeliveryResult deliver(List<Notification> notifications) {
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        for (Notification notification : notifications) {
            switch (deliverOne(notification)) {
                case SENT -> sent++;
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
            }
        }
        return new DeliveryResult(sent, skipped, failed);
    }

    private Outcome deliverOne(Notification notification) {
        RenderedMail mail = mailer.render(notification);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (ledger.contains(notification.dedupKey())) {
                    return Outcome.SKIPPED;
                }
                // The row is written and flushed before the mail goes out: a concurrent run with the same key
                // then waits on the unique index and, once this commits, fails with a duplicate instead of
                // mailing twice. If SMTP fails, the transaction rolls back and the row is gone.
                ledger.persistAndFlush(entry(notification, mail));
                mailer.send(mail);
                return Outcome.SENT;
            });
        } catch (MailSendException e) {
            LOG.warnf("could not mail %s notification %s, will retry on the next run: %s", notification.code(),
                    notification.dedupKey(), e.getMessage());
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                LOG.debugf("notification %s was mailed by another run", notification.dedupKey());
                return Outcome.SKIPPED;
            }
            throw e;
        }
    }

    private LedgerEntry entry(Notification notification, RenderedMail mail) {
        LedgerEntry entry = new LedgerEntry();
        entry.dedupKey = notification.dedupKey();
        entry.reason = notification.code().name();
        entry.subject = mail.subject();
        entry.recipients = String.join(",", mail.recipients());
        entry.sentAt = clock.instant();
        return entry;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
