package io.certgate.notifier.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * CLIENT_CERT_EXPIRING and TRUSTED_CA_EXPIRING: a stored certificate crossed a warning threshold. Certificates that
 * have already expired are left out: nothing can be served with them any more, and re-mailing daily is not asked for.
 */
final class StoredCertificateExpiringRule implements Rule {

    private final ReasonCode code;
    private final String kind;
    private final Function<Snapshot, List<CertificateState>> certificates;
    private final Predicate<Settings> enabled;

    StoredCertificateExpiringRule(ReasonCode code, String kind, Function<Snapshot, List<CertificateState>> certificates,
            Predicate<Settings> enabled) {
        this.code = code;
        this.kind = kind;
        this.certificates = certificates;
        this.enabled = enabled;
    }

    @Override
    public List<Notification> evaluate(Snapshot snapshot, Settings settings, Clock clock) {
        if (!enabled.test(settings)) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Notification> notifications = new ArrayList<>();
        for (CertificateState certificate : certificates.apply(snapshot)) {
            if (certificate.isExpiredAt(now)) {
                continue;
            }
            long daysLeft = certificate.daysLeftAt(now);
            OptionalInt threshold = settings.thresholdFor(daysLeft);
            if (threshold.isEmpty()) {
                continue;
            }
            String key = code + "|" + certificate.sha256() + "|threshold=" + threshold.getAsInt();
            String message = "The " + kind + " " + Texts.certificate(certificate) + " expires on "
                    + Texts.at(certificate.notAfter(), settings.zone()) + ", in " + Texts.days(daysLeft)
                    + " (warning threshold " + Texts.days(threshold.getAsInt()) + "). Add its replacement before then.";
            notifications.add(new Notification(code, code.priority(), key, null, null, null, null, certificate,
                    daysLeft, message));
        }
        return notifications;
    }
}
