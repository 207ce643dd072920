package io.certgate.certservice.validation;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.certgate.certservice.validation.Certificates.subject;
import static io.certgate.certservice.validation.ValidationContext.finding;

/** Rules about the leaf certificate and what it is used for. */
final class LeafRules {

    private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";
    private static final Map<String, String> EXTENDED_KEY_USAGE_NAMES = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth",
            "1.3.6.1.5.5.7.3.2", "clientAuth",
            "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.4", "emailProtection",
            "1.3.6.1.5.5.7.3.8", "timeStamping",
            "1.3.6.1.5.5.7.3.9", "OCSPSigning");
    /** keyUsage bit names in bit order (RFC 5280 4.2.1.3). */
    private static final List<String> KEY_USAGE_NAMES = List.of("digitalSignature", "nonRepudiation",
            "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly",
            "decipherOnly");
    private static final int DIGITAL_SIGNATURE = 0;

    private LeafRules() {
    }

    /** HOSTNAME_MISMATCH when a host is expected and the leaf does not cover it. */
    static List<Finding> hostname(ValidationContext ctx) {
        return ctx.input()
                .expectedHost()
                .flatMap(host -> HostnameMatcher.explainMismatch(ctx.leaf(), host))
                .map(message -> List.of(finding(FindingCode.HOSTNAME_MISMATCH, ctx.leaf(), message)))
                .orElse(List.of());
    }

    /**
     * KEY_USAGE when the leaf has a keyUsage extension without digitalSignature. Certgate negotiates forward-secret
     * (ECDHE) suites only, where the server's key signs the handshake even when it is RSA: a certificate restricted to
     * keyEncipherment (the old RSA key exchange) cannot serve, and strict clients refuse it.
     */
    static List<Finding> keyUsage(ValidationContext ctx) {
        X509Certificate leaf = ctx.leaf();
        boolean[] keyUsage = leaf.getKeyUsage();
        if (keyUsage == null || bit(keyUsage, DIGITAL_SIGNATURE)) {
            return List.of();
        }
        String algorithm = leaf.getPublicKey().getAlgorithm();
        return List.of(finding(FindingCode.KEY_USAGE, leaf, subject(leaf) + " has key usage " + keyUsageNames(keyUsage)
                + "; " + ctx.input().purpose().description() + " with " + Certificates.keyType(algorithm)
                + " needs digitalSignature (forward-secret TLS signs the handshake)"));
    }

    private static boolean bit(boolean[] bits, int index) {
        return bits.length > index && bits[index];
    }

    private static String keyUsageNames(boolean[] keyUsage) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < keyUsage.length && i < KEY_USAGE_NAMES.size(); i++) {
            if (keyUsage[i]) {
                names.add(KEY_USAGE_NAMES.get(i));
            }
        }
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    /** EXTENDED_KEY_USAGE when the leaf restricts its use and allows neither the purpose nor any use. */
    static List<Finding> extendedKeyUsage(ValidationContext ctx) {
        X509Certificate leaf = ctx.leaf();
        Purpose purpose = ctx.input().purpose();
        List<String> usages;
        try {
            usages = leaf.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return List.of(finding(FindingCode.EXTENDED_KEY_USAGE, leaf,
                    subject(leaf) + " has an extended key usage extension that cannot be read"));
        }
        if (usages == null || usages.contains(purpose.extendedKeyUsageOid())
                || usages.contains(ANY_EXTENDED_KEY_USAGE)) {
            return List.of();
        }
        List<String> names = usages.stream().map(oid -> EXTENDED_KEY_USAGE_NAMES.getOrDefault(oid, oid)).toList();
        return List.of(finding(FindingCode.EXTENDED_KEY_USAGE, leaf, subject(leaf) + " is only for "
                + String.join(", ", names) + " (extended key usage), not for " + purpose.description()));
    }

    /** SELF_SIGNED when the leaf signed itself: clients warn unless it is in their own trust store. */
    static List<Finding> selfSigned(ValidationContext ctx) {
        X509Certificate leaf = ctx.leaf();
        if (!Certificates.isSelfSigned(leaf)) {
            return List.of();
        }
        return List.of(finding(FindingCode.SELF_SIGNED, leaf, subject(leaf)
                + " is self-signed; clients warn about it unless they trust it explicitly"));
    }

    /** LEAF_IS_CA when the leaf is a CA certificate; many clients refuse a CA certificate as an end entity. */
    static List<Finding> leafIsCa(ValidationContext ctx) {
        X509Certificate leaf = ctx.leaf();
        if (leaf.getBasicConstraints() < 0) {
            return List.of();
        }
        return List.of(finding(FindingCode.LEAF_IS_CA, leaf, subject(leaf) + " is a CA certificate"
                + " (basicConstraints CA:true) but is used for " + ctx.input().purpose().description()));
    }
}
