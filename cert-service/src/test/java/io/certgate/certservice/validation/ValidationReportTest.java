package io.certgate.certservice.validation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verdict always agrees with the findings, and findings carry a well-formed certificate fingerprint. */
class ValidationReportTest {

    private static final String SHA256 = "ab".repeat(32);

    @Test
    void warningsAndInformationAloneAreValid() {
        // Given
        List<Finding> findings = List.of(Finding.of(FindingCode.SELF_SIGNED, SHA256, "self-signed"),
                Finding.of(FindingCode.VALIDITY, SHA256, "30 days left"));

        // When
        ValidationReport report = ValidationReport.of(List.of(), findings);

        // Then
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.codes()).containsExactly(FindingCode.SELF_SIGNED, FindingCode.VALIDITY);
    }

    @Test
    void oneErrorMakesItInvalid() {
        ValidationReport report = ValidationReport.of(List.of(),
                List.of(Finding.of(FindingCode.EXPIRED, SHA256, "expired")));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void aVerdictThatContradictsTheFindingsIsRefused() {
        List<Finding> findings = List.of(Finding.of(FindingCode.EXPIRED, SHA256, "expired"));

        assertThatThrownBy(() -> new ValidationReport(Verdict.VALID, List.of(), findings))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFindingNeedsAMessageAndAWellFormedFingerprint() {
        assertThatThrownBy(() -> Finding.of(FindingCode.EXPIRED, SHA256, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Finding.of(FindingCode.EXPIRED, "AB".repeat(32), "expired"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Finding.of(FindingCode.CHAIN_INCOMPLETE, null, "report-wide").certificateSha256()).isNull();
    }
}
