package io.certgate.notifier.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.certgate.notifier.rules.Fixtures.CLOCK;
import static io.certgate.notifier.rules.Fixtures.DEFAULTS;
import static io.certgate.notifier.rules.Fixtures.NOW;
import static io.certgate.notifier.rules.Fixtures.at;
import static io.certgate.notifier.rules.Fixtures.binding;
import static io.certgate.notifier.rules.Fixtures.cert;
import static io.certgate.notifier.rules.Fixtures.certDays;
import static io.certgate.notifier.rules.Fixtures.evaluate;
import static io.certgate.notifier.rules.Fixtures.keys;
import static io.certgate.notifier.rules.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class MissingRuleTest {

    private static final ComponentListener FTP_EXPLICIT = new ComponentListener("FTP", "explicit:2121");
    private static final String KEY = "MISSING|FTP|explicit:2121|2026-03-10";

    static Stream<Arguments> bindingsForTheListener() {
        return Stream.of(
                Arguments.of("no binding at all", List.of(), "none is assigned"),
                Arguments.of("a binding for another listener",
                        List.of(binding("FTP", "implicit:990", certDays("other", 90))), "none is assigned"),
                Arguments.of("a binding for another component",
                        List.of(binding("HTTPS", "*", certDays("web", 90))), "none is assigned"),
                Arguments.of("a certificate without its private key",
                        List.of(binding("FTP", "explicit:2121",
                                cert("nokey", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(90)), false))),
                        "has no private key"),
                Arguments.of("a certificate not yet valid",
                        List.of(binding("FTP", "*",
                                cert("future", NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(90)), true))),
                        "is not valid before 2026-03-11 12:00 Z"),
                Arguments.of("an expired certificate",
                        List.of(binding("FTP", "explicit:2121",
                                cert("old", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)), true))),
                        "expired on 2026-03-09 12:00 Z"));
    }

    @ParameterizedTest(name = "{0} -> MISSING")
    @MethodSource("bindingsForTheListener")
    void aListenerWithoutAValidCertificateIsMissing(String description, List<BindingState> bindings, String why) {
        // Given
        Snapshot snapshot = snapshot(bindings, List.of(FTP_EXPLICIT), List.of());

        // When
        List<Notification> notifications = evaluate(snapshot, DEFAULTS, CLOCK);

        // Then
        assertThat(notifications).filteredOn(n -> n.code() == ReasonCode.MISSING).singleElement().satisfies(n -> {
            assertThat(n.dedupKey()).isEqualTo(KEY);
            assertThat(n.listener()).isEqualTo("explicit:2121");
            assertThat(n.message()).contains("FTP listener explicit:2121 has no valid certificate", why);
        });
    }

    static Stream<Arguments> servingBindings() {
        return Stream.of(
                Arguments.of("an exact address", binding("FTP", "explicit:2121", certDays("exact", 90))),
                Arguments.of("the wildcard address", binding("FTP", "*", certDays("any", 90))));
    }

    @ParameterizedTest(name = "{0} serves the listener")
    @MethodSource("servingBindings")
    void aValidBindingServesTheListener(String description, BindingState binding) {
        // Given
        Snapshot snapshot = snapshot(List.of(binding), List.of(FTP_EXPLICIT), List.of());

        // When
        List<Notification> notifications = evaluate(snapshot, DEFAULTS, CLOCK);

        // Then
        assertThat(notifications).isEmpty();
    }

    @Test
    void oneValidBindingIsEnoughEvenBesideABrokenOne() {
        // Given
        BindingState broken = binding("FTP", "explicit:2121",
                cert("nokey", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(90)), false));
        BindingState good = binding("FTP", "*", certDays("good", 90));
        Snapshot snapshot = snapshot(List.of(broken, good), List.of(FTP_EXPLICIT), List.of());

        // When / Then
        assertThat(evaluate(snapshot, DEFAULTS, CLOCK)).isEmpty();
    }

    @Test
    void aGatewayReportingTwiceOnTheSameDayIsMailedOnce() {
        // Given
        GatewayStatus first = new GatewayStatus("FTP", "explicit:2121", "0.0.0.0:2121", false, "no certificate bound",
                NOW.minus(Duration.ofHours(2)));
        GatewayStatus second = new GatewayStatus("FTP", "explicit:2121", "0.0.0.0:2121", false, "no certificate bound",
                NOW.minus(Duration.ofHours(1)));
        Snapshot snapshot = snapshot(List.of(), List.of(), List.of(first, second));

        // When
        List<Notification> notifications = evaluate(snapshot, DEFAULTS, CLOCK);

        // Then
        assertThat(notifications).singleElement().satisfies(n -> {
            assertThat(n.dedupKey()).isEqualTo(KEY);
            assertThat(n.address()).isEqualTo("0.0.0.0:2121");
            assertThat(n.certificate()).isNull();
            assertThat(n.message()).contains("FTP listener explicit:2121 on 0.0.0.0:2121", "no certificate bound");
        });
    }

    @Test
    void aGatewayReportIsMailedAgainTheNextDay() {
        // Given
        GatewayStatus status = new GatewayStatus("HTTPS", "*", null, false, "", NOW.minus(Duration.ofDays(3)));
        Snapshot snapshot = snapshot(List.of(), List.of(), List.of(status));

        // When
        List<String> today = keys(evaluate(snapshot, DEFAULTS, CLOCK));
        List<String> tomorrow = keys(evaluate(snapshot, DEFAULTS, at(NOW.plus(Duration.ofDays(1)))));

        // Then
        assertThat(today).containsExactly("MISSING|HTTPS|*|2026-03-10");
        assertThat(tomorrow).containsExactly("MISSING|HTTPS|*|2026-03-11");
    }

    @Test
    void bindingsAndGatewayReportsForTheSameListenerMergeIntoOneMail() {
        // Given
        GatewayStatus status = new GatewayStatus("FTP", "explicit:2121", "0.0.0.0:2121", false, "no certificate bound",
                NOW.minus(Duration.ofMinutes(5)));
        Snapshot snapshot = snapshot(List.of(), List.of(FTP_EXPLICIT), List.of(status));

        // When
        List<Notification> notifications = evaluate(snapshot, DEFAULTS, CLOCK);

        // Then
        assertThat(keys(notifications)).containsExactly(KEY);
    }

    @Test
    void aLaterServingReportSupersedesAnEarlierComplaint() {
        // Given
        GatewayStatus down = new GatewayStatus("FTP", "explicit:2121", null, false, "expired",
                Instant.parse("2026-03-10T08:00:00Z"));
        GatewayStatus up = new GatewayStatus("FTP", "explicit:2121", null, true, "",
                Instant.parse("2026-03-10T09:00:00Z"));
        Snapshot snapshot = snapshot(List.of(), List.of(), List.of(up, down));

        // When / Then
        assertThat(evaluate(snapshot, DEFAULTS, CLOCK)).isEmpty();
    }
}
