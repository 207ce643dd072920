package io.certgate.certservice.pki;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PbeTest {

    private static final BigInteger MAX = BigInteger.valueOf(Pbe.MAX_IMPORT_ITERATIONS);

    @Test
    void acceptsThreePartsAtTheMaximumButNotAFourth() {
        // Given
        Pbe.Budget budget = new Pbe.Budget();

        // When / Then
        assertThatCode(() -> {
            budget.spend(MAX, "MAC");
            budget.spend(MAX, "certificates");
            budget.spend(MAX, "key");
        }).doesNotThrowAnyException();
        assertThatThrownBy(() -> budget.spend(BigInteger.ONE, "one more"))
                .isInstanceOfSatisfying(PkiException.class, e -> assertThat(e.code()).isEqualTo(PkiError.TOO_LARGE));
    }

    @Test
    void refusesOnePartAboveTheMaximumOrWithoutIterations() {
        assertThatThrownBy(() -> new Pbe.Budget().spend(MAX.add(BigInteger.ONE), "key"))
                .isInstanceOf(PkiException.class)
                .hasMessageContaining("at most " + Pbe.MAX_IMPORT_ITERATIONS);
        assertThatThrownBy(() -> new Pbe.Budget().spend(BigInteger.ZERO, "key")).isInstanceOf(PkiException.class);
    }

    @Test
    void exportsAtLeastOneHundredThousandIterationsAndCanReadThemBack() {
        assertThatCode(() -> new Pbe.Budget().spend(BigInteger.valueOf(Pbe.EXPORT_ITERATIONS), "own export"))
                .doesNotThrowAnyException();
        assertThat(Pbe.EXPORT_ITERATIONS).isGreaterThanOrEqualTo(100_000);
    }
}
