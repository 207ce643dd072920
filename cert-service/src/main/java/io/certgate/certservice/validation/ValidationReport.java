package io.certgate.certservice.validation;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The result of validating a certificate: the verdict, the path as built (leaf first, up to the trust anchor or as far
 * as it could be built) and every finding, ordered by rule order and then by position in the path.
 */
public record ValidationReport(Verdict verdict, List<X509Certificate> path, List<Finding> findings) {

    public ValidationReport {
        Objects.requireNonNull(verdict, "verdict");
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        if (verdict != verdictOf(findings)) {
            throw new IllegalArgumentException("verdict " + verdict + " contradicts the findings");
        }
    }

    /** A report whose verdict follows from the findings. */
    public static ValidationReport of(List<X509Certificate> path, List<Finding> findings) {
        return new ValidationReport(verdictOf(findings), path, findings);
    }

    /** Whether no finding is an error. */
    public boolean isValid() {
        return verdict == Verdict.VALID;
    }

    /** The codes of all findings, in report order. */
    public List<FindingCode> codes() {
        return findings.stream().map(Finding::code).toList();
    }

    private static Verdict verdictOf(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Verdict.INVALID : Verdict.VALID;
    }
}
