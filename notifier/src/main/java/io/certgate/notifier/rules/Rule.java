package io.certgate.notifier.rules;

import java.time.Clock;
import java.util.List;

/** One check over a snapshot: pure, reads time only from {@code clock}, returns what it finds in a stable order. */
@FunctionalInterface
public interface Rule {

    List<Notification> evaluate(Snapshot snapshot, Settings settings, Clock clock);
}
