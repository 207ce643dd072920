package io.certgate.certservice.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates a certificate chain for a purpose, a host and a private key at the injected clock's time, reporting every
 * finding rather than stopping at the first.
 */
public final class CertificateValidator {

    /**
     * The rules in report order: errors about trust and identity first, then the warnings, then information. Each rule
     * reports in path order, leaf first, so the report is ordered by rule and then by position in the path.
     */
    static final List<Rule> RULES = List.of(
            ChainRules::trustPath, // CHAIN_INCOMPLETE, UNTRUSTED_ROOT, SIGNATURE_INVALID
            ValidityRules::validityPeriod, // EXPIRED, NOT_YET_VALID
            LeafRules::hostname, // HOSTNAME_MISMATCH
            ChainRules::issuersAreCas, // ISSUER_NOT_CA
            ChainRules::issuersMaySignCertificates, // ISSUER_KEY_USAGE
            LeafRules::keyUsage, // KEY_USAGE
            LeafRules::extendedKeyUsage, // EXTENDED_KEY_USAGE
            KeyRules::privateKey, // KEY_MISSING, KEY_MISMATCH
            KeyRules::weakKeys, // WEAK_KEY
            KeyRules::weakSignatures, // WEAK_SIGNATURE
            ValidityRules::expiresSoon, // EXPIRES_SOON
            LeafRules::selfSigned, // SELF_SIGNED
            LeafRules::leafIsCa, // LEAF_IS_CA
            ValidityRules::daysLeft); // VALIDITY

    private final Clock clock;

    public CertificateValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Builds the path from the leaf to a trust anchor and runs every rule over it. */
    public ValidationReport validate(ValidationInput input) {
        Objects.requireNonNull(input, "input");
        CertificationPath path = PathBuilder.build(input.certificates(), input.trustAnchors());
        ValidationContext ctx = new ValidationContext(input, path, clock.instant());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            findings.addAll(rule.check(ctx));
        }
        return ValidationReport.of(path.certificates(), findings);
    }
}
