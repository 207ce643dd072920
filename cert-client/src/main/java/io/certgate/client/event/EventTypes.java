package io.certgate.client.event;

import java.util.Set;

/** CloudEvents {@code type} values used by Certgate. */
public final class EventTypes {

    public static final String CERTIFICATE_CREATED = "io.certgate.certificate.created";
    public static final String CERTIFICATE_UPDATED = "io.certgate.certificate.updated";
    public static final String CERTIFICATE_DELETED = "io.certgate.certificate.deleted";
    public static final String BINDING_CHANGED = "io.certgate.binding.changed";
    public static final String TRUST_CHANGED = "io.certgate.trust.changed";
    public static final String USER_CHANGED = "io.certgate.user.changed";
    public static final String GATEWAY_STATUS = "io.certgate.gateway.status";

    /** Every type a consumer may meet; anything else is from a newer producer and is ignored. */
    public static final Set<String> ALL = Set.of(CERTIFICATE_CREATED, CERTIFICATE_UPDATED, CERTIFICATE_DELETED,
            BINDING_CHANGED, TRUST_CHANGED, USER_CHANGED, GATEWAY_STATUS);

    private EventTypes() {
    }
}
