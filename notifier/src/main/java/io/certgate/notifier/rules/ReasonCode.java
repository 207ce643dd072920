package io.certgate.notifier.rules;

/** Why a notification is sent; each code is one kind of occasion with its own deduplication key. */
public enum ReasonCode {
    /**
     * A bound certificate, or one in its chain, crossed a warning threshold; key {@code EXPIRING|sha256|threshold=N}.
     */
    EXPIRING(Priority.HIGH),
    /**
     * A bound certificate, or one in its chain, has expired; key
     * {@code EXPIRED|component|address|serverName|sha256|date}.
     */
    EXPIRED(Priority.HIGH),
    /** A required listener has no valid certificate; key {@code MISSING|component|listener|date}. */
    MISSING(Priority.HIGH),
    /**
     * A client certificate of an enabled user crossed a warning threshold; key
     * {@code CLIENT_CERT_EXPIRING|sha256|threshold=N}.
     */
    CLIENT_CERT_EXPIRING(Priority.LOW),
    /** A trusted CA certificate crossed a warning threshold; key {@code TRUSTED_CA_EXPIRING|sha256|threshold=N}. */
    TRUSTED_CA_EXPIRING(Priority.LOW);

    private final Priority priority;

    ReasonCode(Priority priority) {
        this.priority = priority;
    }

    /** The priority every notification with this code carries. */
    public Priority priority() {
        return priority;
    }
}
