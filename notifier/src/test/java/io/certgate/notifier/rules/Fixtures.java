package io.certgate.notifier.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Plain certificate data and snapshots for the rule tests; no real certificates are needed. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final ZoneId UTC = ZoneOffset.UTC;
    static final Settings DEFAULTS = Settings.defaults(UTC);

    private Fixtures() {
    }

    /** A certificate valid from 30 days ago until {@code left} after {@link #NOW}, with its key. */
    static CertificateState cert(String name, Duration left) {
        return cert(name, NOW.minus(Duration.ofDays(30)), NOW.plus(left), true);
    }

    static CertificateState certDays(String name, long daysLeft) {
        return cert(name, Duration.ofDays(daysLeft));
    }

    static CertificateState cert(String name, Instant notBefore, Instant notAfter, boolean hasKey) {
        return new CertificateState("id-" + name, "CN=" + name, "sha-" + name, notBefore, notAfter, hasKey,
                List.of(name + ".example.com"));
    }

    static BindingState binding(String component, String address, CertificateState leaf, CertificateState... chain) {
        return new BindingState(component, address, "*", leaf, List.of(chain));
    }

    static Snapshot bindings(BindingState... bindings) {
        return new Snapshot(List.of(bindings), List.of(), List.of(), List.of(), List.of());
    }

    static Snapshot snapshot(List<BindingState> bindings, List<ComponentListener> listeners,
            List<GatewayStatus> statuses) {
        return new Snapshot(bindings, listeners, statuses, List.of(), List.of());
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static List<Notification> evaluate(Snapshot snapshot, Settings settings, Clock clock) {
        return NotificationRules.evaluate(snapshot, settings, clock);
    }

    static List<String> keys(List<Notification> notifications) {
        return notifications.stream().map(Notification::dedupKey).toList();
    }
}
