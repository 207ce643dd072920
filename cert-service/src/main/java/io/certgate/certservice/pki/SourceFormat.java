package io.certgate.certservice.pki;

/** The encoding a bundle was read from. */
public enum SourceFormat {
    /** PEM text: certificates, one private key, PKCS#7 blocks. */
    PEM,
    /** A single DER-encoded X.509 certificate. */
    DER,
    /** A DER-encoded PKCS#7 (certificates-only SignedData). */
    PKCS7,
    /** A PKCS#12 / PFX file. */
    PKCS12
}
