package io.certgate.notifier.rules;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** When to warn and which local day a notification belongs to. */
public record Settings(List<Integer> thresholdsDays, ZoneId zone, boolean notifyClientCertificates,
        boolean notifyTrustedCas) {

    /** Warn once, two weeks ahead, as the requirement asks. */
    public static final List<Integer> DEFAULT_THRESHOLDS_DAYS = List.of(14);

    public Settings {
        if (thresholdsDays == null || thresholdsDays.isEmpty()) {
            thresholdsDays = DEFAULT_THRESHOLDS_DAYS;
        }
        for (Integer days : thresholdsDays) {
            if (days == null || days <= 0) {
                throw new IllegalArgumentException("thresholds must be positive numbers of days: " + thresholdsDays);
            }
        }
        thresholdsDays = thresholdsDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Objects.requireNonNull(zone, "zone");
    }

    /** The default thresholds in {@code zone}; client certificates and trusted CAs are opt-in. */
    public static Settings defaults(ZoneId zone) {
        return new Settings(DEFAULT_THRESHOLDS_DAYS, zone, false, false);
    }

    /** The smallest threshold that {@code daysLeft} has crossed, or empty while it is above all of them. */
    public OptionalInt thresholdFor(long daysLeft) {
        // Smallest crossed, so that each later threshold is a new occasion with its own key.
        for (int i = thresholdsDays.size() - 1; i >= 0; i--) {
            if (daysLeft <= thresholdsDays.get(i)) {
                return OptionalInt.of(thresholdsDays.get(i));
            }
        }
        return OptionalInt.empty();
    }
}
