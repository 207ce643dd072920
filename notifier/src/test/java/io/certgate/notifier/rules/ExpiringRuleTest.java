package io.certgate.notifier.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.certgate.notifier.rules.Fixtures.CLOCK;
import static io.certgate.notifier.rules.Fixtures.DEFAULTS;
import static io.certgate.notifier.rules.Fixtures.UTC;
import static io.certgate.notifier.rules.Fixtures.binding;
import static io.certgate.notifier.rules.Fixtures.bindings;
import static io.certgate.notifier.rules.Fixtures.cert;
import static io.certgate.notifier.rules.Fixtures.certDays;
import static io.certgate.notifier.rules.Fixtures.evaluate;
import static io.certgate.notifier.rules.Fixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

class ExpiringRuleTest {

    @ParameterizedTest(name = "{0} hours left -> {1}")
    @CsvSource(nullValues = "none", value = {
            "361, none", // 15 days and an hour
            "360, none", // exactly 15 days
            "336, EXPIRING|sha-leaf|threshold=14", // exactly 14 days
            "335, EXPIRING|sha-leaf|threshold=14", // 13 days and 23 hours: same occasion as 14
            "312, EXPIRING|sha-leaf|threshold=14", // 13 days
            "1, EXPIRING|sha-leaf|threshold=14", // last hours before expiry
            "0, EXPIRING|sha-leaf|threshold=14", // the notAfter instant itself is still valid
    })
    void defaultThresholdWarnsOnceTwoWeeksAhead(long hoursLeft, String expectedKey) {
        // Given
        Snapshot snapshot = bindings(binding("FTP", "explicit:2121", cert("leaf", Duration.ofHours(hoursLeft))));

        // When
        List<Notification> notifications = evaluate(snapshot, DEFAULTS, CLOCK);

        // Then
        assertThat(keys(notifications)).isEqualTo(expectedKey == null ? List.of() : List.of(expectedKey));
    }

    @ParameterizedTest(name = "{0} days left -> threshold {1}")
    @CsvSource(nullValues = "none", value = {
            "31, none",
            "30, 30",
            "15, 30",
            "14, 14",
            "8, 14",
            "7, 7",
            "2, 7",
            "1, 1",
            "0, 1",
    })
    void aListOfThresholdsUsesTheSmallestOneCrossed(long daysLeft, Integer threshold) {
        // Given
        Settings settings = new Settings(List.of(7, 30, 1, 14), UTC, false, false);
        Snapshot snapshot = bindings(binding("HTTPS", "*", certDays("leaf", daysLeft)));

        // When
        List<Notification> notifications = evaluate(snapshot, settings, CLOCK);

        // Then
        assertThat(keys(notifications)).isEqualTo(
                threshold == null ? List.of() : List.of("EXPIRING|sha-leaf|threshold=" + threshold));
    }

    @Test
    void eachThresholdCrossedIsItsOwnOccasion() {
        // Given
        Settings settings = new Settings(List.of(30, 14, 7, 1), UTC, false, false);

        // When
        Set<String> keys = Stream.of(30, 14, 7, 1)
                .flatMap(days -> evaluate(bindings(binding("HTTPS", "*", certDays("leaf", days))), settings, CLOCK)
                        .stream())
                .map(Notification::dedupKey)
                .collect(Collectors.toSet());

        // Then
        assertThat(keys).containsExactlyInAnyOrder("EXPIRING|sha-leaf|threshold=30", "EXPIRING|sha-leaf|threshold=14",
                "EXPIRING|sha-leaf|threshold=7", "EXPIRING|sha-leaf|threshold=1");
    }

    @Test
    void anIntermediateExpiringBeforeTheLeafCounts() {
        // Given
        CertificateState leaf = certDays("leaf", 200);
        CertificateState intermediate = certDays("intermediate", 10);
        CertificateState root = certDays("root", 3000);
        Snapshot snapshot = bindings(binding("FTP", "explicit:2121", leaf, intermediate, root));

        // When
        List<Notification> notifications = evaluate(snapshot, DEFAULTS, CLOCK);

        // Then
        assertThat(notifications).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(ReasonCode.EXPIRING);
            assertThat(n.priority()).isEqualTo(Priority.HIGH);
            assertThat(n.dedupKey()).isEqualTo("EXPIRING|sha-intermediate|threshold=14");
            assertThat(n.certificate()).isEqualTo(intermediate);
            assertThat(n.daysLeft()).isEqualTo(10);
            assertThat(n.message()).contains("issuer certificate 'CN=intermediate'", "chain of 'CN=leaf'",
                    "2026-03-20 12:00 Z", "in 10 days", "FTP explicit:2121");
        });
    }

    @Test
    void oneCertificateOnSeveralSlotsIsOneEmailNamingEverySlot() {
        // Given
        CertificateState shared = certDays("shared", 5);
        Snapshot snapshot = bindings(binding("FTP", "explicit:2121", shared), binding("HTTPS", "*", shared),
                new BindingState("HTTPS", "*", "files.example.com", shared, List.of()));

        // When
        List<Notification> notifications = evaluate(snapshot, DEFAULTS, CLOCK);

        // Then
        assertThat(notifications).singleElement().satisfies(n -> {
            assertThat(n.dedupKey()).isEqualTo("EXPIRING|sha-shared|threshold=14");
            assertThat(n.message()).contains("FTP explicit:2121 (default server name)",
                    "HTTPS all addresses (default server name)", "HTTPS all addresses (server name files.example.com)",
                    "these slots");
        });
    }
}
