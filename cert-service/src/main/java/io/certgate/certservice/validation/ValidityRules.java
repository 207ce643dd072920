package io.certgate.certservice.validation;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.certgate.certservice.validation.Certificates.date;
import static io.certgate.certservice.validation.Certificates.days;
import static io.certgate.certservice.validation.Certificates.subject;
import static io.certgate.certservice.validation.ValidationContext.finding;

/** Rules about the validity period of every certificate in the path. */
final class ValidityRules {

    private ValidityRules() {
    }

    /** EXPIRED or NOT_YET_VALID for every certificate in the path that is outside its validity period now. */
    static List<Finding> validityPeriod(ValidationContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (X509Certificate certificate : ctx.certificates()) {
            Instant notBefore = certificate.getNotBefore().toInstant();
            Instant notAfter = certificate.getNotAfter().toInstant();
            if (ctx.now().isBefore(notBefore)) {
                findings.add(finding(FindingCode.NOT_YET_VALID, certificate, subject(certificate)
                        + " is not valid before " + date(notBefore) + " (in " + daysBetween(ctx.now(), notBefore)
                        + ")"));
            } else if (ctx.now().isAfter(notAfter)) {
                findings.add(finding(FindingCode.EXPIRED, certificate, subject(certificate) + " expired on "
                        + date(notAfter) + " (" + daysBetween(notAfter, ctx.now()) + " ago)"));
            }
        }
        return findings;
    }

    /** EXPIRES_SOON for every currently valid certificate in the path that expires within the warning threshold. */
    static List<Finding> expiresSoon(ValidationContext ctx) {
        Instant warnFrom = ctx.now().plus(Duration.ofDays(ctx.input().expiryWarningDays()));
        List<Finding> findings = new ArrayList<>();
        for (X509Certificate certificate : ctx.certificates()) {
            Instant notAfter = certificate.getNotAfter().toInstant();
            if (isValidAt(certificate, ctx.now()) && !notAfter.isAfter(warnFrom)) {
                findings.add(finding(FindingCode.EXPIRES_SOON, certificate, subject(certificate) + " expires on "
                        + date(notAfter) + " (in " + daysBetween(ctx.now(), notAfter) + ")"));
            }
        }
        return findings;
    }

    /** VALIDITY: how many days the leaf has left, when it is valid now. */
    static List<Finding> daysLeft(ValidationContext ctx) {
        X509Certificate leaf = ctx.leaf();
        if (!isValidAt(leaf, ctx.now())) {
            return List.of();
        }
        Instant notAfter = leaf.getNotAfter().toInstant();
        return List.of(finding(FindingCode.VALIDITY, leaf, subject(leaf) + " is valid until " + date(notAfter) + ", "
                + daysBetween(ctx.now(), notAfter) + " left"));
    }

    private static boolean isValidAt(X509Certificate certificate, Instant now) {
        return !now.isBefore(certificate.getNotBefore().toInstant())
                && !now.isAfter(certificate.getNotAfter().toInstant());
    }

    private static String daysBetween(Instant from, Instant to) {
        return days(Duration.between(from, to).toDays());
    }
}
