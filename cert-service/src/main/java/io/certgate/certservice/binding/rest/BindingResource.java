package io.certgate.certservice.binding.rest;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.certgate.certservice.auth.Role;
import io.certgate.certservice.binding.repository.BindingEntity;
import io.certgate.certservice.binding.service.BindingService;
import io.certgate.certservice.common.CurrentActor;
import io.certgate.certservice.validation.Finding;

/** Bindings: which certificate serves FTP or HTTPS on which address and server name. */
@Path("/api/v1/bindings")
@Tag(name = "Bindings")
public class BindingResource {

    /**
     * A binding to save. The slot (component, address, serverName) is replaced if it exists.
     *
     * @param address
     *            an IP address clients connect to, or {@code *} (the default)
     * @param serverName
     *            an SNI host name, or empty for clients that send none or another one
     * @param force
     *            bind despite an expired or not yet valid certificate (audited)
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"component": "FTP", "address": "192.0.2.10", "serverName": "", "certificateId": "6f1c2c4e-2a53-4f4e-9d55-6a1d5d1f2b7e", "force": false}""")
    public record BindRequest(@NotNull @Size(max = 8) String component, @Size(max = 45) String address,
            @Size(max = 253) String serverName, @NotNull UUID certificateId, Boolean force) {
    }

    /** A saved binding. */
    public record BindingView(UUID id, String component, String address, String serverName, UUID certificateId,
            boolean forced, Instant updatedAt) {
        static BindingView of(BindingEntity binding) {
            return new BindingView(binding.id, binding.component, binding.address, binding.serverName,
                    binding.certificateId, binding.forced, binding.updatedAt);
        }
    }

    /** A saved binding with the findings about its certificate (warnings and information). */
    public record BindResponse(BindingView binding, List<FindingView> findings) {
    }

    /** One finding. */
    public record FindingView(String code, String severity, String message) {
        static FindingView of(Finding finding) {
            return new FindingView(finding.code().name(), finding.severity().name(), finding.message());
        }
    }

    private final BindingService bindings;
    private final CurrentActor actor;

    BindingResource(BindingService bindings, CurrentActor actor) {
        this.bindings = bindings;
        this.actor = actor;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Bind a certificate; refused with the findings if it cannot serve")
    public BindResponse bind(@Valid @NotNull BindRequest request) {
        BindingService.BindResult result = bindings.bind(new BindingService.BindCommand(request.component(),
                request.address(), request.serverName(), request.certificateId(), Boolean.TRUE.equals(request.force())),
                actor.get());
        return new BindResponse(BindingView.of(result.binding()),
                result.findings().stream().map(FindingView::of).toList());
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, Role.NOTIFIER_NAME, Role.GATEWAY_NAME})
    @Operation(summary = "Every binding, or those of one component")
    public List<BindingView> list(@QueryParam("component") String component) {
        return bindings.list(Optional.ofNullable(component).filter(c -> !c.isBlank()))
                .stream()
                .map(BindingView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, Role.NOTIFIER_NAME})
    public BindingView get(UUID id) {
        return BindingView.of(bindings.get(id));
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Remove a binding")
    public void unbind(UUID id) {
        bindings.unbind(id, actor.get());
    }
}
