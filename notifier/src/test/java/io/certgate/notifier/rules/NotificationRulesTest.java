package io.certgate.notifier.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.certgate.notifier.rules.Fixtures.CLOCK;
import static io.certgate.notifier.rules.Fixtures.UTC;
import static io.certgate.notifier.rules.Fixtures.at;
import static io.certgate.notifier.rules.Fixtures.binding;
import static io.certgate.notifier.rules.Fixtures.cert;
import static io.certgate.notifier.rules.Fixtures.certDays;
import static io.certgate.notifier.rules.Fixtures.evaluate;
import static io.certgate.notifier.rules.Fixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationRulesTest {

    private static final CertificateState CLIENT = certDays("alice", 10);
    private static final CertificateState CA = certDays("partner-ca", 3);

    private static Snapshot withStoredCertificates(List<BindingState> bindings) {
        return new Snapshot(bindings, List.of(), List.of(), List.of(CLIENT), List.of(CA));
    }

    @ParameterizedTest(name = "client certificates {0}, trusted CAs {1}")
    @CsvSource({
            "false, false, ''",
            "true, false, CLIENT_CERT_EXPIRING|sha-alice|threshold=14",
            "false, true, TRUSTED_CA_EXPIRING|sha-partner-ca|threshold=14",
            "true, true, CLIENT_CERT_EXPIRING|sha-alice|threshold=14;TRUSTED_CA_EXPIRING|sha-partner-ca|threshold=14",
    })
    void clientCertificatesAndTrustedCasAreCheckedOnlyWhenEnabled(boolean clients, boolean cas, String expected) {
        // Given
        Settings settings = new Settings(List.of(14), UTC, clients, cas);

        // When
        List<Notification> notifications = evaluate(withStoredCertificates(List.of()), settings, CLOCK);

        // Then
        assertThat(keys(notifications)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(";")));
        assertThat(notifications).allSatisfy(n -> assertThat(n.priority()).isEqualTo(Priority.LOW));
    }

    @Test
    void storedCertificatesOutsideTheThresholdOrAlreadyExpiredAreQuiet() {
        // Given
        CertificateState far = certDays("far", 60);
        CertificateState gone = cert("gone", Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"), false);
        Snapshot snapshot = new Snapshot(List.of(), List.of(), List.of(), List.of(far, gone), List.of(far, gone));

        // When / Then
        assertThat(evaluate(snapshot, new Settings(List.of(14), UTC, true, true), CLOCK)).isEmpty();
    }

    @Test
    void highPriorityComesBeforeLowAndRuleOrderIsKeptWithin() {
        // Given
        CertificateState expired = cert("old", Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-03-01T00:00:00Z"), true);
        Snapshot snapshot = new Snapshot(
                List.of(binding("HTTPS", "*", certDays("soon", 5)), binding("FTP", "explicit:2121", expired)),
                List.of(new ComponentListener("FTP", "implicit:990")), List.of(), List.of(CLIENT), List.of(CA));

        // When
        List<Notification> notifications = evaluate(snapshot, new Settings(null, UTC, true, true), CLOCK);

        // Then
        assertThat(notifications).extracting(Notification::code)
                .containsExactly(ReasonCode.EXPIRING,
                        ReasonCode.EXPIRED, ReasonCode.MISSING, ReasonCode.CLIENT_CERT_EXPIRING,
                        ReasonCode.TRUSTED_CA_EXPIRING);
        assertThat(notifications).extracting(Notification::priority)
                .containsExactly(Priority.HIGH, Priority.HIGH,
                        Priority.HIGH, Priority.LOW, Priority.LOW);
    }

    @Test
    void everyReasonCodeHasItsDocumentedPriority() {
        assertThat(ReasonCode.values()).extracting(ReasonCode::priority)
                .containsExactly(Priority.HIGH, Priority.HIGH,
                        Priority.HIGH, Priority.LOW, Priority.LOW);
    }

    @ParameterizedTest(name = "{0} in {1} -> local day {2}")
    @CsvSource({
            "2026-03-10T23:30:00Z, UTC, 2026-03-10",
            "2026-03-10T23:30:00Z, Europe/Berlin, 2026-03-11",
            "2026-03-10T22:59:00Z, Europe/Berlin, 2026-03-10",
            "2026-03-10T03:00:00Z, America/New_York, 2026-03-09",
    })
    void theLocalDayOfTheConfiguredZoneDecidesTheDailyKey(Instant now, String zone, String day) {
        // Given
        Settings settings = Settings.defaults(ZoneId.of(zone));
        Snapshot snapshot = Fixtures.snapshot(List.of(), List.of(new ComponentListener("HTTPS", "*")), List.of());

        // When
        List<Notification> notifications = evaluate(snapshot, settings, at(now));

        // Then
        assertThat(keys(notifications)).containsExactly("MISSING|HTTPS|*|" + day);
    }
}
