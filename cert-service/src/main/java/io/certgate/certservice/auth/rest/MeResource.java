package io.certgate.certservice.auth.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.certgate.certservice.auth.Role;
import io.quarkus.security.identity.SecurityIdentity;

/** Tells callers who their token says they are, to check a token. */
@Path("/api/v1/me")
@Tag(name = "Tokens")
public class MeResource {

    /** The caller's token name and role. */
    public record Me(String name, String role) {
    }

    private final SecurityIdentity identity;

    MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, Role.GATEWAY_NAME, Role.NOTIFIER_NAME})
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().iterator().next());
    }
}
