package io.certgate.certservice.common;

/**
 * Who makes a change and from where, for the audit log and event sources.
 *
 * @param name
 *            the token's name
 * @param remote
 *            the client's address as seen by cert-service
 */
public record Actor(String name, String remote) {

    /** Changes made by cert-service itself (start-up, restores). */
    public static final Actor SYSTEM = new Actor("system", null);

    public Actor {
        name = name == null || name.isBlank() ? "anonymous" : name;
    }
}
