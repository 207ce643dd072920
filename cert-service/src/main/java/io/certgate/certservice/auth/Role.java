package io.certgate.certservice.auth;

import java.util.Arrays;
import java.util.Optional;

/** What a token may do: admin changes, viewer reads, gateway fetches TLS material, notifier reads. */
public enum Role {
    ADMIN("admin"), VIEWER("viewer"), GATEWAY("gateway"), NOTIFIER("notifier");

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "admin";
    public static final String VIEWER_NAME = "viewer";
    public static final String GATEWAY_NAME = "gateway";
    public static final String NOTIFIER_NAME = "notifier";

    private final String value;

    Role(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The role of this name, if there is one. */
    public static Optional<Role> parse(String value) {
        return Arrays.stream(values()).filter(role -> role.value.equals(value)).findFirst();
    }
}
