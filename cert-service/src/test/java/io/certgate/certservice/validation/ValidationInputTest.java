package io.certgate.certservice.validation;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The input record refuses what no rule could make sense of and keeps its own copies. */
class ValidationInputTest {

    private static final X509Certificate LEAF = TestPki.leaf("files.example.com").selfSigned().certificate();

    @Test
    void theFactoryUsesTheDefaults() {
        // Given / When
        ValidationInput input = ValidationInput.of(List.of(LEAF), Set.of(), Purpose.SERVER_AUTH);

        // Then
        assertThat(input.privateKey()).isEmpty();
        assertThat(input.keyRequired()).isFalse();
        assertThat(input.expectedHost()).isEmpty();
        assertThat(input.expiryWarningDays()).isEqualTo(14);
        assertThat(input.leaf()).isEqualTo(LEAF);
    }

    @Test
    void certificatesAreRequired() {
        assertThatThrownBy(() -> ValidationInput.of(List.of(), Set.of(), Purpose.SERVER_AUTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leaf");
        assertThatThrownBy(() -> ValidationInput.of(Arrays.asList(LEAF, null), Set.of(), Purpose.SERVER_AUTH))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNegativeWarningThresholdIsRefused() {
        ValidationInput input = ValidationInput.of(List.of(LEAF), Set.of(), Purpose.SERVER_AUTH);

        assertThatThrownBy(() -> input.withExpiryWarningDays(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void aBlankHostIsRefusedAndAHostIsTrimmed() {
        ValidationInput input = ValidationInput.of(List.of(LEAF), Set.of(), Purpose.SERVER_AUTH);

        assertThatThrownBy(() -> input.withExpectedHost("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(input.withExpectedHost(" files.example.com ").expectedHost()).contains("files.example.com");
    }

    @Test
    void laterChangesToTheCallersListDoNotLeakIn() {
        // Given
        List<X509Certificate> certificates = new ArrayList<>(List.of(LEAF));
        ValidationInput input = new ValidationInput(certificates, Set.of(), Optional.empty(), false,
                Purpose.CLIENT_AUTH, Optional.empty(), 14);

        // When
        certificates.clear();

        // Then
        assertThat(input.certificates()).containsExactly(LEAF);
    }
}
