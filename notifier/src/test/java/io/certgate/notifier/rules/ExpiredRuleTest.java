package io.certgate.notifier.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.certgate.notifier.rules.Fixtures.CLOCK;
import static io.certgate.notifier.rules.Fixtures.DEFAULTS;
import static io.certgate.notifier.rules.Fixtures.NOW;
import static io.certgate.notifier.rules.Fixtures.at;
import static io.certgate.notifier.rules.Fixtures.binding;
import static io.certgate.notifier.rules.Fixtures.bindings;
import static io.certgate.notifier.rules.Fixtures.cert;
import static io.certgate.notifier.rules.Fixtures.certDays;
import static io.certgate.notifier.rules.Fixtures.evaluate;
import static io.certgate.notifier.rules.Fixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

class ExpiredRuleTest {

    private static final CertificateState EXPIRED = cert("old", Instant.parse("2025-03-01T00:00:00Z"),
            Instant.parse("2026-03-08T09:00:00Z"), true);

    @ParameterizedTest(name = "now {0} -> {1}")
    @CsvSource({
            "2026-03-10T12:00:00Z, EXPIRED|FTP|explicit:2121|*|sha-old|2026-03-10",
            "2026-03-10T23:59:59Z, EXPIRED|FTP|explicit:2121|*|sha-old|2026-03-10",
            "2026-03-11T00:00:00Z, EXPIRED|FTP|explicit:2121|*|sha-old|2026-03-11",
            "2026-03-11T12:00:00Z, EXPIRED|FTP|explicit:2121|*|sha-old|2026-03-11",
    })
    void anExpiredBoundCertificateIsMailedOncePerLocalDay(Instant now, String expectedKey) {
        // Given
        Snapshot snapshot = bindings(binding("FTP", "explicit:2121", EXPIRED));

        // When
        List<Notification> notifications = evaluate(snapshot, DEFAULTS, at(now));

        // Then
        assertThat(keys(notifications)).containsExactly(expectedKey);
        assertThat(notifications.get(0).code()).isEqualTo(ReasonCode.EXPIRED);
    }

    @Test
    void theMessageSaysWhereWhatAndSinceWhen() {
        // Given
        Snapshot snapshot = bindings(new BindingState("HTTPS", "*", "files.example.com", EXPIRED, List.of()));

        // When
        Notification notification = evaluate(snapshot, DEFAULTS, CLOCK).get(0);

        // Then
        assertThat(notification.component()).isEqualTo("HTTPS");
        assertThat(notification.serverName()).isEqualTo("files.example.com");
        assertThat(notification.daysLeft()).isEqualTo(-2);
        assertThat(notification.message()).contains("HTTPS all addresses (server name files.example.com)",
                "'CN=old'", "expired on 2026-03-08 09:00 Z", "2 days ago", "Assign a valid certificate");
    }

    @Test
    void anExpiredIntermediateMakesTheSlotExpired() {
        // Given
        Snapshot snapshot = bindings(binding("FTP", "implicit:990", certDays("leaf", 300), EXPIRED));

        // When
        List<Notification> notifications = evaluate(snapshot, DEFAULTS, CLOCK);

        // Then
        assertThat(keys(notifications)).containsExactly("EXPIRED|FTP|implicit:990|*|sha-old|2026-03-10");
    }

    @Test
    void aValidReplacementStopsTheExpiredAndMissingMails() {
        // Given
        ComponentListener listener = new ComponentListener("FTP", "explicit:2121");
        Snapshot before = Fixtures.snapshot(List.of(binding("FTP", "explicit:2121", EXPIRED)), List.of(listener),
                List.of());
        Snapshot after = Fixtures.snapshot(List.of(binding("FTP", "explicit:2121", certDays("new", 90))),
                List.of(listener), List.of());

        // When
        List<Notification> whileExpired = evaluate(before, DEFAULTS, CLOCK);
        List<Notification> afterReplacement = evaluate(after, DEFAULTS, at(NOW.plus(Duration.ofDays(1))));

        // Then
        assertThat(whileExpired).extracting(Notification::code)
                .containsExactly(ReasonCode.EXPIRED, ReasonCode.MISSING);
        assertThat(afterReplacement).isEmpty();
    }
}
