package io.certgate.certservice.pki;

/** Stable reason codes for certificate and key input that cannot be used; the API exposes them as problem codes. */
public enum PkiError {
    /** Nothing was uploaded, or only white space. */
    EMPTY_INPUT,
    /** PEM armour was found but a block is truncated, not base64, or does not hold what its label says. */
    MALFORMED_PEM,
    /** Binary input looks like DER but is not a well-formed certificate, PKCS#7 or PKCS#12 structure. */
    MALFORMED_DER,
    /** The input is none of the formats read here. */
    UNSUPPORTED_FORMAT,
    /** The input holds encrypted material and no password was given. */
    PASSWORD_REQUIRED,
    /** The given password does not open the encrypted material. */
    WRONG_PASSWORD,
    /** The input holds no certificate. */
    NO_CERTIFICATE,
    /** The input holds more than one private key. */
    MULTIPLE_KEYS,
    /** The private key does not belong to the certificate's public key. */
    KEY_DOES_NOT_MATCH,
    /** The key is of an algorithm or curve that is not supported (only RSA and EC). */
    UNSUPPORTED_KEY,
    /** A distinguished name cannot be parsed. */
    INVALID_NAME,
    /** A subject alternative name is not a valid DNS name or IP address. */
    INVALID_SAN,
    /** The requested validity period is out of range. */
    INVALID_VALIDITY,
    /** The input is bigger than the parser accepts (bytes, certificates or key derivation cost). */
    TOO_LARGE
}
