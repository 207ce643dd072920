package io.certgate.certservice.validation;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.certgate.certservice.validation.Certificates.issuer;
import static io.certgate.certservice.validation.Certificates.subject;
import static io.certgate.certservice.validation.ValidationContext.finding;

/** Rules about the path from the leaf to a trusted CA and about the CAs in it. */
final class ChainRules {

    /** Bit 5 of keyUsage (RFC 5280 4.2.1.3). */
    private static final int KEY_CERT_SIGN = 5;

    private ChainRules() {
    }

    /** CHAIN_INCOMPLETE, UNTRUSTED_ROOT or SIGNATURE_INVALID when the path does not end at a trust anchor. */
    static List<Finding> trustPath(ValidationContext ctx) {
        CertificationPath path = ctx.path();
        X509Certificate last = path.last();
        Finding finding = switch (path.ending()) {
            case TRUST_ANCHOR -> null;
            case UNTRUSTED_ROOT -> finding(FindingCode.UNTRUSTED_ROOT, last,
                    "the chain ends in the self-signed root " + subject(last) + ", which is not a trusted CA");
            case ISSUER_MISSING -> finding(FindingCode.CHAIN_INCOMPLETE, last,
                    "the issuer " + issuer(last) + " of " + subject(last) + " is neither among the "
                            + ctx.input().certificates().size() + " given certificates nor a trusted CA;"
                            + " add the intermediate certificate to the chain");
            case SIGNATURE_INVALID -> finding(FindingCode.SIGNATURE_INVALID, last, signatureMessage(ctx, last));
            case LOOP -> finding(FindingCode.CHAIN_INCOMPLETE, last,
                    "the issuers of " + subject(last) + " lead back to certificates already in the chain"
                            + " without reaching a trusted CA");
            case TOO_LONG -> finding(FindingCode.CHAIN_INCOMPLETE, last,
                    "the chain from " + subject(path.leaf()) + " is longer than " + PathBuilder.MAX_DEPTH
                            + " certificates without reaching a trusted CA");
        };
        return finding == null ? List.of() : List.of(finding);
    }

    private static String signatureMessage(ValidationContext ctx, X509Certificate signed) {
        String message = "the signature of " + subject(signed) + " does not verify with the key of its issuer "
                + issuer(signed);
        Optional<byte[]> authorityKeyId = Certificates.authorityKeyIdentifier(signed);
        boolean otherKey = authorityKeyId.isPresent() && Stream
                .concat(ctx.input().certificates().stream(), ctx.input().trustAnchors().stream())
                .filter(c -> c.getSubjectX500Principal().equals(signed.getIssuerX500Principal()))
                .map(Certificates::subjectKeyIdentifier)
                .flatMap(Optional::stream)
                .noneMatch(id -> Arrays.equals(id, authorityKeyId.get()));
        return otherKey
                ? message + "; it was signed by a different key than the one in the given issuer certificate"
                : message + "; the certificate was altered or the issuer certificate is not the one that signed it";
    }

    /** ISSUER_NOT_CA when an issuer lacks basicConstraints CA:true or more CAs follow it than its pathLen allows. */
    static List<Finding> issuersAreCas(ValidationContext ctx) {
        List<X509Certificate> certificates = ctx.certificates();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i < certificates.size(); i++) {
            X509Certificate issuer = certificates.get(i);
            X509Certificate issued = certificates.get(i - 1);
            int pathLen = issuer.getBasicConstraints();
            if (pathLen < 0) {
                if (!isLegacyRoot(ctx, i)) {
                    findings.add(finding(FindingCode.ISSUER_NOT_CA, issuer, subject(issuer) + " issued "
                            + subject(issued) + " but is not a CA (it lacks basicConstraints CA:true)"));
                }
                continue;
            }
            int intermediatesBelow = intermediatesBelow(certificates, i);
            if (intermediatesBelow > pathLen) {
                findings.add(finding(FindingCode.ISSUER_NOT_CA, issuer, subject(issuer) + " allows " + pathLen
                        + " intermediate CA" + (pathLen == 1 ? "" : "s") + " below it (pathLen " + pathLen
                        + "), but the chain has " + intermediatesBelow));
            }
        }
        return findings;
    }

    /** Version 1 roots predate extensions; clients accept them as trust anchors, so they count as CAs there. */
    private static boolean isLegacyRoot(ValidationContext ctx, int index) {
        X509Certificate certificate = ctx.certificates().get(index);
        return ctx.path().isLast(index) && certificate.getVersion() == 1 && Certificates.isSelfSigned(certificate);
    }

    /** CA certificates between the leaf and position index; self-issued ones do not count (RFC 5280 4.2.1.9). */
    private static int intermediatesBelow(List<X509Certificate> certificates, int index) {
        int count = 0;
        for (int j = 1; j < index; j++) {
            if (!Certificates.isSelfIssued(certificates.get(j))) {
                count++;
            }
        }
        return count;
    }

    /** ISSUER_KEY_USAGE when an issuer has a keyUsage extension that does not allow keyCertSign. */
    static List<Finding> issuersMaySignCertificates(ValidationContext ctx) {
        List<X509Certificate> certificates = ctx.certificates();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i < certificates.size(); i++) {
            X509Certificate issuer = certificates.get(i);
            boolean[] keyUsage = issuer.getKeyUsage();
            if (keyUsage != null && (keyUsage.length <= KEY_CERT_SIGN || !keyUsage[KEY_CERT_SIGN])) {
                findings.add(finding(FindingCode.ISSUER_KEY_USAGE, issuer, subject(issuer) + " issued "
                        + subject(certificates.get(i - 1)) + " but its key usage does not include keyCertSign"));
            }
        }
        return findings;
    }
}
