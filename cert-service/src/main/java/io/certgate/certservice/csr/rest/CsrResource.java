package io.certgate.certservice.csr.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.certgate.certservice.auth.Role;
import io.certgate.certservice.certificate.service.CertificateKind;
import io.certgate.certservice.certificate.service.CertificateService;
import io.certgate.certservice.common.CurrentActor;
import io.certgate.certservice.common.Uploads;
import io.certgate.certservice.csr.repository.CsrEntity;
import io.certgate.certservice.csr.service.CsrService;
import io.certgate.certservice.pki.KeyType;

/** Certificate signing requests: generate on the server, download, install the signed certificate. */
@Path("/api/v1/csrs")
@Tag(name = "CSRs")
public class CsrResource {

    /** What to request from a CA. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"subject": "CN=mft.example.com,O=Example,C=DE", "dnsNames": ["mft.example.com"], "ipAddresses": ["192.0.2.10"], "keyType": "RSA_3072"}""")
    public record CreateRequest(
            @NotBlank @Size(max = 1024) String subject,
            @Size(max = 100) List<@NotBlank @Size(max = 253) String> dnsNames,
            @Size(max = 100) List<@NotBlank @Size(max = 45) String> ipAddresses,
            @Pattern(regexp = "RSA_2048|RSA_3072|RSA_4096|EC_P256|EC_P384", message = "one of RSA_2048, RSA_3072, RSA_4096, EC_P256, EC_P384") String keyType) {
    }

    /** The signed certificate: PEM text, or base64 of DER or PKCS#7, with or without its chain. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"data": "-----BEGIN CERTIFICATE-----\\n(signed certificate)\\n-----END CERTIFICATE-----\\n-----BEGIN CERTIFICATE-----\\n(intermediate)\\n-----END CERTIFICATE-----\\n"}""")
    public record InstallRequest(
            @Pattern(regexp = "server|client|SERVER|CLIENT", message = "one of server, client") String kind,
            @Size(max = 200) String name,
            @NotBlank String data) {
    }

    /** A request as listed. */
    public record CsrView(UUID id, String subject, String pem, String state, UUID certificateId, Instant createdAt,
            Instant completedAt) {
        static CsrView of(CsrEntity csr) {
            return new CsrView(csr.id, csr.subject, csr.pem, csr.completedAt == null ? "PENDING" : "COMPLETED",
                    csr.certificateId, csr.createdAt, csr.completedAt);
        }
    }

    /** The installed certificate's id and whether it now holds the request's key. */
    public record InstallResponse(UUID certificateId, List<UUID> created, boolean keyAttached) {
    }

    private final CsrService csrs;
    private final CurrentActor actor;

    CsrResource(CsrService csrs, CurrentActor actor) {
        this.csrs = csrs;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Generate a key pair (kept here) and a PKCS#10 request for a CA")
    public CsrView create(@Valid @NotNull CreateRequest request) {
        return CsrView.of(csrs.create(new CsrService.CreateCsr(request.subject(),
                request.dnsNames() == null ? List.of() : request.dnsNames(),
                request.ipAddresses() == null ? List.of() : request.ipAddresses(),
                request.keyType() == null ? KeyType.EC_P256 : KeyType.valueOf(request.keyType())), actor.get()));
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME})
    @Operation(summary = "Signing requests; pending ones only unless all=true")
    public List<CsrView> list(@QueryParam("all") @DefaultValue("false") boolean all) {
        return csrs.list(!all).stream().map(CsrView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME})
    public CsrView get(UUID id) {
        return CsrView.of(csrs.get(id));
    }

    @GET
    @Path("/{id}/pem")
    @Produces("application/pkcs10")
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME})
    @Operation(summary = "The request in PEM, to send to a CA")
    public String pem(UUID id) {
        return csrs.get(id).pem;
    }

    @POST
    @Path("/{id}/certificate")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Install the signed certificate on its request; a certificate for another key is refused")
    public InstallResponse install(UUID id, @Valid @NotNull InstallRequest request) {
        Optional<CertificateKind> kind = Optional.ofNullable(request.kind())
                .map(k -> CertificateKind.valueOf(k.toUpperCase()));
        CertificateService.ImportResult result = csrs.install(id, Uploads.decode(request.data()), kind,
                Optional.ofNullable(request.name()), actor.get());
        return new InstallResponse(result.leaf().id, result.created(), result.keyAttached());
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete a request (and its pending key)")
    public void delete(UUID id) {
        csrs.delete(id, actor.get());
    }
}
