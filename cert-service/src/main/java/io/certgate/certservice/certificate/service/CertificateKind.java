package io.certgate.certservice.certificate.service;

/** What a stored certificate is for. */
public enum CertificateKind {
    /** Proves a gateway's identity to clients. */
    SERVER,
    /** Identifies a user to a gateway. */
    CLIENT,
    /** Issues other certificates. */
    CA
}
