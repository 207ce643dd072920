package io.certgate.certservice.trust.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.certgate.certservice.auth.Role;
import io.certgate.certservice.binding.repository.TrustedCaEntity;
import io.certgate.certservice.common.CurrentActor;
import io.certgate.certservice.trust.service.TrustService;

/** CAs whose client certificates a component accepts. */
@Path("/api/v1/trusted-cas")
@Tag(name = "Trusted CAs")
public class TrustedCaResource {

    /** A stored CA certificate to trust for a component. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"component": "FTP", "certificateId": "0b8f6c1e-8a7b-4f2d-a0f3-3f1d9b7c5e21"}""")
    public record TrustRequest(@NotNull @Size(max = 8) String component, @NotNull UUID certificateId) {
    }

    /** A trust entry. */
    public record TrustedCaView(String component, UUID certificateId, Instant createdAt) {
        static TrustedCaView of(TrustedCaEntity entry) {
            return new TrustedCaView(entry.component, entry.certificateId, entry.createdAt);
        }
    }

    private final TrustService trust;
    private final CurrentActor actor;

    TrustedCaResource(TrustService trust, CurrentActor actor) {
        this.trust = trust;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Trust a stored CA certificate for client certificates of a component")
    public TrustedCaView trust(@Valid @NotNull TrustRequest request) {
        return TrustedCaView.of(trust.trust(request.component(), request.certificateId(), actor.get()));
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, Role.NOTIFIER_NAME})
    public List<TrustedCaView> list(@QueryParam("component") String component) {
        return trust.list(Optional.ofNullable(component).filter(c -> !c.isBlank()))
                .stream()
                .map(TrustedCaView::of)
                .toList();
    }

    @DELETE
    @Path("/{component}/{certificateId}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Stop trusting a CA for a component")
    public void distrust(String component, UUID certificateId) {
        trust.distrust(component, certificateId, actor.get());
    }
}
