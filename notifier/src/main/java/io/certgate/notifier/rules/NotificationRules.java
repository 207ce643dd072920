package io.certgate.notifier.rules;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The ordered chain of notification rules and the one entry point that runs them. */
public final class NotificationRules {

    /** Every rule, in evaluation order; when two rules produce the same key, the earlier one wins. */
    public static final List<Rule> RULES = List.of(
            new ExpiringRule(),
            new ExpiredRule(),
            new MissingRule(),
            new StoredCertificateExpiringRule(ReasonCode.CLIENT_CERT_EXPIRING, "client certificate",
                    Snapshot::clientCertificates, Settings::notifyClientCertificates),
            new StoredCertificateExpiringRule(ReasonCode.TRUSTED_CA_EXPIRING, "trusted CA certificate",
                    Snapshot::trustedCas, Settings::notifyTrustedCas));

    private NotificationRules() {
    }

    /** All notifications due now: HIGH before LOW, otherwise in rule order, at most one per deduplication key. */
    public static List<Notification> evaluate(Snapshot snapshot, Settings settings, Clock clock) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Map<String, Notification> byKey = new LinkedHashMap<>();
        for (Rule rule : RULES) {
            for (Notification notification : rule.evaluate(snapshot, settings, clock)) {
                byKey.putIfAbsent(notification.dedupKey(), notification);
            }
        }
        // A stable sort keeps rule order within a priority.
        return byKey.values().stream().sorted(Comparator.comparing(Notification::priority)).toList();
    }
}
