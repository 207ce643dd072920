package io.certgate.certservice.validation;

/**
 * Stable reason codes of validation findings. API clients, emails and dashboards key on these names, so a
 * constant is never renamed or reused for another meaning.
 */
public enum FindingCode {

    /** A certificate in the path is past its notAfter date. */
    EXPIRED(Severity.ERROR),

    /** A certificate in the path is before its notBefore date. */
    NOT_YET_VALID(Severity.ERROR),

    /** A certificate in the path expires within the warning threshold (14 days unless configured). */
    EXPIRES_SOON(Severity.WARNING),

    /** How long the leaf certificate remains valid ("N days left"). */
    VALIDITY(Severity.INFO),

    /** The leaf does not cover the host name or IP address the client connects to. */
    HOSTNAME_MISMATCH(Severity.ERROR),

    /** No path reaches a trust anchor because an issuer certificate is missing (or the issuers loop or go too deep). */
    CHAIN_INCOMPLETE(Severity.ERROR),

    /** The path ends in a self-signed root that is not one of the trust anchors. */
    UNTRUSTED_ROOT(Severity.ERROR),

    /** A certificate's signature does not verify with the key of the issuer found by name. */
    SIGNATURE_INVALID(Severity.ERROR),

    /** An issuer is not a CA (no basicConstraints CA:true) or its pathLen constraint is exceeded. */
    ISSUER_NOT_CA(Severity.ERROR),

    /** An issuer has a keyUsage extension without keyCertSign. */
    ISSUER_KEY_USAGE(Severity.ERROR),

    /** The leaf's keyUsage does not allow the key operations its purpose needs. */
    KEY_USAGE(Severity.ERROR),

    /** The leaf's extendedKeyUsage allows neither the purpose nor anyExtendedKeyUsage. */
    EXTENDED_KEY_USAGE(Severity.ERROR),

    /** The given private key does not belong to the leaf certificate. */
    KEY_MISMATCH(Severity.ERROR),

    /** The caller requires the private key but none was given. */
    KEY_MISSING(Severity.ERROR),

    /** A key in the path is too weak: RSA below 2048 bits, EC below P-256, or DSA. */
    WEAK_KEY(Severity.ERROR),

    /** A non-root certificate is signed with MD2, MD5, SHA-1 or DSA. */
    WEAK_SIGNATURE(Severity.ERROR),

    /** The leaf is self-signed; clients warn unless they trust it explicitly. */
    SELF_SIGNED(Severity.WARNING),

    /** The leaf is a CA certificate used as a server or client certificate. */
    LEAF_IS_CA(Severity.WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    /** The severity the validator reports this code with. */
    public Severity severity() {
        return severity;
    }
}
