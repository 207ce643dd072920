package io.certgate.certservice.validation;

/** What the leaf certificate is used for; it decides which key usage and extended key usage the leaf needs. */
public enum Purpose {

    /** A TLS server certificate, as bound to HTTPS and FTP/SSL listeners. */
    SERVER_AUTH("1.3.6.1.5.5.7.3.1", "TLS server authentication"),

    /** A TLS client certificate that identifies a user. */
    CLIENT_AUTH("1.3.6.1.5.5.7.3.2", "TLS client authentication");

    private final String extendedKeyUsageOid;
    private final String description;

    Purpose(String extendedKeyUsageOid, String description) {
        this.extendedKeyUsageOid = extendedKeyUsageOid;
        this.description = description;
    }

    /** The extended key usage OID (id-kp-serverAuth or id-kp-clientAuth) a leaf must allow for this purpose. */
    public String extendedKeyUsageOid() {
        return extendedKeyUsageOid;
    }

    /** A short human name for messages, such as "TLS server authentication". */
    public String description() {
        return description;
    }
}
