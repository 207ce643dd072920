package io.certgate.notifier.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * EXPIRED: a bound certificate, or one in its chain, has expired; once per slot and local day until replaced or
 * unbound.
 */
final class ExpiredRule implements Rule {

    @Override
    public List<Notification> evaluate(Snapshot snapshot, Settings settings, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        List<Notification> notifications = new ArrayList<>();
        for (BindingState binding : snapshot.bindings()) {
            CertificateState expired = binding.earliestExpiring();
            if (!expired.isExpiredAt(now)) {
                continue;
            }
            String key = String.join("|", ReasonCode.EXPIRED.name(), binding.component(), binding.address(),
                    binding.serverName(), expired.sha256(), today.toString());
            long daysLeft = expired.daysLeftAt(now);
            String since = daysLeft == 0 ? "less than a day ago" : Texts.days(-daysLeft) + " ago";
            String message = Texts.slot(binding) + " uses the " + Texts.certificateIn(binding, expired)
                    + ", which expired on " + Texts.at(expired.notAfter(), settings.zone()) + ", " + since
                    + ". Clients are refused. Assign a valid certificate to this slot or remove the binding.";
            notifications.add(new Notification(ReasonCode.EXPIRED, ReasonCode.EXPIRED.priority(), key,
                    binding.component(), binding.address(), binding.serverName(), null, expired, daysLeft, message));
        }
        return notifications;
    }
}
