package io.certgate.notifier.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * EXPIRING: a bound certificate, or one in its chain, crossed a warning threshold. The earliest expiry in the chain
 * counts. One notification per certificate and threshold, listing every slot that uses it.
 */
final class ExpiringRule implements Rule {

    private record Occasion(CertificateState certificate, int threshold, List<BindingState> slots) {
    }

    @Override
    public List<Notification> evaluate(Snapshot snapshot, Settings settings, Clock clock) {
        Instant now = clock.instant();
        Map<String, Occasion> occasions = new LinkedHashMap<>();
        for (BindingState binding : snapshot.bindings()) {
            CertificateState earliest = binding.earliestExpiring();
            if (earliest.isExpiredAt(now)) {
                continue; // ExpiredRule's occasion, mailed daily instead
            }
            OptionalInt threshold = settings.thresholdFor(earliest.daysLeftAt(now));
            if (threshold.isEmpty()) {
                continue;
            }
            // Keyed by certificate, not slot: one certificate bound to several slots is one renewal, one email.
            String key = ReasonCode.EXPIRING + "|" + earliest.sha256() + "|threshold=" + threshold.getAsInt();
            occasions.computeIfAbsent(key, k -> new Occasion(earliest, threshold.getAsInt(), new ArrayList<>()))
                    .slots()
                    .add(binding);
        }
        List<Notification> notifications = new ArrayList<>();
        occasions.forEach((key, occasion) -> notifications.add(notification(key, occasion, settings, now)));
        return notifications;
    }

    private static Notification notification(String key, Occasion occasion, Settings settings, Instant now) {
        BindingState first = occasion.slots().get(0);
        CertificateState certificate = occasion.certificate();
        long daysLeft = certificate.daysLeftAt(now);
        String message = "The " + Texts.certificateIn(first, certificate) + " expires on "
                + Texts.at(certificate.notAfter(), settings.zone()) + ", in " + Texts.days(daysLeft)
                + " (warning threshold " + Texts.days(occasion.threshold()) + "). It is used by "
                + Texts.slots(occasion.slots()) + ". Assign a renewed certificate to "
                + (occasion.slots().size() == 1 ? "this slot" : "these slots") + " before it expires.";
        return new Notification(ReasonCode.EXPIRING, ReasonCode.EXPIRING.priority(), key, first.component(),
                first.address(), first.serverName(), null, certificate, daysLeft, message);
    }
}
