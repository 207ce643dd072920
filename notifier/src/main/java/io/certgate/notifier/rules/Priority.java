package io.certgate.notifier.rules;

/** How urgent a notification is; {@link #HIGH} ones are listed first. */
public enum Priority {
    /** A server certificate is expiring, expired or missing: clients are or soon will be refused. */
    HIGH,
    /** A client certificate or a trusted CA is expiring: some users or peers will soon be refused. */
    LOW
}
