package io.certgate.notifier.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.certgate.notifier.rules.Fixtures.UTC;
import static io.certgate.notifier.rules.Fixtures.binding;
import static io.certgate.notifier.rules.Fixtures.certDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueTypesTest {

    @Test
    void thresholdsAreDeduplicatedAndSortedDescending() {
        // When
        Settings settings = new Settings(List.of(7, 30, 14, 7, 1), UTC, false, false);

        // Then
        assertThat(settings.thresholdsDays()).containsExactly(30, 14, 7, 1);
        assertThat(settings.thresholdFor(31)).isEqualTo(OptionalInt.empty());
        assertThat(settings.thresholdFor(9)).isEqualTo(OptionalInt.of(14));
    }

    @Test
    void missingThresholdsMeanTheFourteenDayDefault() {
        assertThat(new Settings(null, UTC, false, false).thresholdsDays()).containsExactly(14);
        assertThat(new Settings(List.of(), UTC, false, false).thresholdsDays()).containsExactly(14);
        assertThat(Settings.defaults(UTC).thresholdsDays()).containsExactly(14);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void thresholdsMustBePositive(int days) {
        assertThatThrownBy(() -> new Settings(List.of(14, days), UTC, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @Test
    void aZoneIsRequired() {
        assertThatThrownBy(() -> new Settings(List.of(14), null, false, false))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCertificateCannotEndBeforeItBegins() {
        assertThatThrownBy(() -> new CertificateState("id", "CN=x", "sha", Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"), true, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notAfter");
    }

    @Test
    void collectionsAreCopied() {
        // Given
        List<CertificateState> chain = new ArrayList<>(List.of(certDays("intermediate", 90)));
        BindingState binding = new BindingState("FTP", "*", "*", certDays("leaf", 90), chain);
        List<BindingState> bindings = new ArrayList<>(List.of(binding));
        Snapshot snapshot = new Snapshot(bindings, null, null, null, null);

        // When
        chain.clear();
        bindings.clear();

        // Then
        assertThat(binding.chain()).hasSize(1);
        assertThat(snapshot.bindings()).containsExactly(binding);
        assertThat(snapshot.listeners()).isEmpty();
    }

    @Test
    void aNotificationCarriesItsCodesPriority() {
        assertThatThrownBy(() -> new Notification(ReasonCode.EXPIRED, Priority.LOW, "k", null, null, null, null, null,
                0, "m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLeafWinsATieForEarliestExpiry() {
        CertificateState leaf = certDays("leaf", 10);
        CertificateState sameDay = certDays("intermediate", 10);
        assertThat(binding("FTP", "*", leaf, sameDay).earliestExpiring()).isEqualTo(leaf);
    }
}
