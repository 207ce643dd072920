package io.certgate.certservice.tlsmaterial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.certgate.certservice.auth.Role;
import io.certgate.certservice.binding.service.Component;
import io.certgate.certservice.common.problem.ApiException;

/** What a gateway needs to serve TLS, for the gateway role only; answers 304 when nothing changed. */
@Path("/api/v1/tls-material")
@Tag(name = "TLS material")
public class TlsMaterialResource {

    private final TlsMaterialService material;

    TlsMaterialResource(TlsMaterialService material) {
        this.material = material;
    }

    @GET
    @Path("/{component}")
    @RolesAllowed(Role.GATEWAY_NAME)
    @Operation(summary = "Bindings with chains and keys, and trusted client CAs, of one component")
    public Response get(String component, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Component parsed = Component.parse(component)
                .orElseThrow(() -> ApiException.notFound("INVALID_COMPONENT",
                        "Component '" + component + "' is not one of FTP, HTTPS."));
        TlsMaterialService.TlsMaterial current = material.material(parsed);
        EntityTag tag = new EntityTag(current.version());
        if (ifNoneMatch != null && ifNoneMatch.replace("\"", "").trim().equals(current.version())) {
            return Response.notModified(tag).build();
        }
        return Response.ok(current).tag(tag).header("Cache-Control", "no-store").build();
    }
}
