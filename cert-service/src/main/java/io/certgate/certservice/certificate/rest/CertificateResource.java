package io.certgate.certservice.certificate.rest;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.certgate.certservice.audit.AuditLog;
import io.certgate.certservice.auth.Role;
import io.certgate.certservice.binding.repository.BindingRepository;
import io.certgate.certservice.binding.repository.TrustedCaRepository;
import io.certgate.certservice.certificate.repository.CertificateEntity;
import io.certgate.certservice.certificate.repository.CertificateRepository;
import io.certgate.certservice.certificate.service.CertificateKind;
import io.certgate.certservice.certificate.service.CertificateService;
import io.certgate.certservice.common.CurrentActor;
import io.certgate.certservice.common.Uploads;
import io.certgate.certservice.common.problem.ApiException;
import io.certgate.certservice.pki.Der;
import io.certgate.certservice.pki.KeyType;
import io.certgate.certservice.pki.Pem;
import io.certgate.certservice.pki.Pkcs12;
import io.certgate.certservice.validation.Purpose;
import io.certgate.certservice.validation.service.ValidationService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Certificates: import, generate, read, export, validate and delete. */
@Path("/api/v1/certificates")
@Tag(name = "Certificates")
public class CertificateResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final String PASSWORD_HEADER = "Certgate-Password";
    /** Labels are for humans: letters, digits, spaces and a little punctuation; no markup or quotes. */
    static final String NAME = "[\\p{L}\\p{N} ._:@()/+-]*";
    static final String NAME_RULE = "letters, digits, spaces and . _ : @ ( ) / + - only";

    /** An upload in JSON: {@code data} is PEM text, or base64 of DER, PKCS#7 or PKCS#12. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"kind": "server", "name": "ftp.example.com 2026", "data": "(PEM text: certificate, chain and encrypted private key)", "password": "the key password"}""")
    public record ImportRequest(
            @Pattern(regexp = "server|client|ca|SERVER|CLIENT|CA", message = "one of server, client, ca") String kind,
            @Size(max = 200) @Pattern(regexp = NAME, message = NAME_RULE) String name,
            @NotBlank String data,
            @Size(max = 1024) String password) {
    }

    /** A self-signed test certificate to generate. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"kind": "server", "subject": "CN=ftp.example.com,O=Example", "dnsNames": ["ftp.example.com"], "ipAddresses": ["192.0.2.10"], "validityDays": 90, "keyType": "EC_P256"}""")
    public record SelfSignedRequest(
            @Pattern(regexp = "server|client|SERVER|CLIENT", message = "one of server, client") String kind,
            @Size(max = 200) @Pattern(regexp = NAME, message = NAME_RULE) String name,
            @NotBlank @Size(max = 1024) String subject,
            @Size(max = 100) List<@NotBlank @Size(max = 253) String> dnsNames,
            @Size(max = 100) List<@NotBlank @Size(max = 45) String> ipAddresses,
            @Min(1) @Max(3650) Integer validityDays,
            @Pattern(regexp = "RSA_2048|RSA_3072|RSA_4096|EC_P256|EC_P384", message = "one of RSA_2048, RSA_3072, RSA_4096, EC_P256, EC_P384") String keyType) {
    }

    /** A password-protected export of certificate and key. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"format": "PKCS12", "password": "a long export password"}""")
    public record ExportRequest(
            @NotNull @Pattern(regexp = "PKCS12|PEM", message = "PKCS12 or PEM") String format,
            @NotBlank @Size(min = 8, max = 1024, message = "between 8 and 1024 characters") String password) {
    }

    /** What an import or generation created. */
    public record ImportResponse(CertificateViews.Detail certificate, List<UUID> created, boolean keyAttached) {
    }

    private final CertificateService certificates;
    private final CertificateRepository repository;
    private final BindingRepository bindings;
    private final TrustedCaRepository trustedCas;
    private final ValidationService validation;
    private final CurrentActor actor;
    private final AuditLog audit;
    private final Clock clock;

    CertificateResource(CertificateService certificates, CertificateRepository repository,
            BindingRepository bindings, TrustedCaRepository trustedCas, ValidationService validation,
            CurrentActor actor, AuditLog audit, Clock clock) {
        this.certificates = certificates;
        this.repository = repository;
        this.bindings = bindings;
        this.trustedCas = trustedCas;
        this.validation = validation;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Import a certificate, its chain and optionally its key (PEM, DER, PKCS#7, PKCS#12)")
    public ImportResponse importJson(@Valid @NotNull ImportRequest request) {
        return respond(certificates.importBundle(new CertificateService.ImportCommand(kind(request.kind()),
                Optional.ofNullable(request.name()), Uploads.decode(request.data()),
                request.password() == null ? null : request.password().toCharArray()), actor.get()));
    }

    @POST
    @Consumes({"application/x-pem-file", "application/pkix-cert", "application/pkcs7-mime", "application/x-pkcs12",
            "application/x-pkcs7-certificates", MediaType.APPLICATION_OCTET_STREAM})
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Import a file as it is; the password of a PKCS#12 file or encrypted key goes in the "
            + PASSWORD_HEADER + " header")
    public ImportResponse importFile(byte[] body, @QueryParam("kind") String kind, @QueryParam("name") String name,
            @HeaderParam(PASSWORD_HEADER) String password) {
        if (name != null && (name.length() > 200 || !name.matches(NAME))) {
            throw ApiException.badRequest("INVALID_REQUEST", "name: at most 200 characters, " + NAME_RULE + ".");
        }
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("EMPTY_INPUT", "The upload is empty.");
        }
        return respond(certificates.importBundle(new CertificateService.ImportCommand(kind(kind),
                Optional.ofNullable(name), body, password == null ? null : password.toCharArray()), actor.get()));
    }

    @POST
    @Path("/self-signed")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Generate a key pair and a self-signed test certificate (clients will warn)")
    public ImportResponse selfSigned(@Valid @NotNull SelfSignedRequest request) {
        return respond(certificates.createSelfSigned(new CertificateService.SelfSignedCommand(kind(request.kind()),
                Optional.ofNullable(request.name()), request.subject(),
                request.dnsNames() == null ? List.of() : request.dnsNames(),
                request.ipAddresses() == null ? List.of() : request.ipAddresses(),
                request.validityDays() == null ? 365 : request.validityDays(),
                request.keyType() == null ? KeyType.EC_P256 : KeyType.valueOf(request.keyType())), actor.get()));
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, Role.NOTIFIER_NAME})
    @Operation(summary = "List certificates, filtered, in pages (limit + cursor)")
    public CertificateViews.Page<CertificateViews.Summary> list(@QueryParam("kind") String kind,
            @QueryParam("expiresBefore") String expiresBefore, @QueryParam("bound") Boolean bound,
            @QueryParam("q") String text, @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("cursor") String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("INVALID_LIMIT", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        CertificateRepository.Filter filter = new CertificateRepository.Filter(
                kind(kind).map(Enum::name).orElse(null), instant(expiresBefore), bound,
                text == null || text.isBlank() ? null : text.trim());
        List<CertificateEntity> page = certificates.list(filter, decodeCursor(cursor), limit + 1);
        boolean more = page.size() > limit;
        List<CertificateEntity> items = more ? page.subList(0, limit) : page;
        return new CertificateViews.Page<>(items.stream().map(c -> CertificateViews.summary(c, clock)).toList(),
                more ? encodeCursor(items.getLast().seq) : null);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, Role.NOTIFIER_NAME})
    @Operation(summary = "Everything about one certificate, with its chain and where it is bound")
    public CertificateViews.Detail get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> detail(certificates.get(id)));
    }

    @GET
    @Path("/{id}/pem")
    @Produces("application/x-pem-file")
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, Role.NOTIFIER_NAME})
    @Operation(summary = "The certificate (and with chain=true its stored chain) as PEM")
    public String pem(UUID id, @QueryParam("chain") @DefaultValue("false") boolean chain) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            CertificateEntity certificate = certificates.get(id);
            List<X509Certificate> certs = chain
                    ? certificates.chain(certificate).stream().map(CertificateService::x509).toList()
                    : List.of(CertificateService.x509(certificate));
            return Pem.certificates(certs);
        });
    }

    @GET
    @Path("/{id}/der")
    @Produces("application/pkix-cert")
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, Role.NOTIFIER_NAME})
    @Operation(summary = "The certificate as DER")
    public byte[] der(UUID id) {
        return Der.certificate(CertificateService.x509(certificates.get(id)));
    }

    @POST
    @Path("/{id}/export")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Export certificate, chain and private key, protected by a password (audited)")
    public Response export(UUID id, @Valid @NotNull ExportRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CertificateEntity certificate = certificates.get(id);
            PrivateKey key = certificates.privateKey(certificate)
                    .orElseThrow(() -> new ApiException(409,
                            "NO_PRIVATE_KEY", "Certgate holds no private key for this certificate; export the "
                                    + "certificate alone with GET /api/v1/certificates/" + id + "/pem."));
            List<X509Certificate> chain = certificates.chain(certificate)
                    .stream()
                    .map(CertificateService::x509)
                    .toList();
            char[] password = request.password().toCharArray();
            audit.record(actor.get(), "certificate.export", id.toString(),
                    request.format() + " with private key, subject " + certificate.subject);
            if (request.format().equals("PKCS12")) {
                return Response.ok(Pkcs12.write(chain, key, password, alias(certificate)), "application/x-pkcs12")
                        .header("Content-Disposition", "attachment; filename=\"" + certificate.id + ".p12\"")
                        .build();
            }
            String pem = Pem.certificates(chain) + Pem.encryptedPrivateKey(key, password);
            return Response.ok(pem.getBytes(StandardCharsets.US_ASCII), "application/x-pem-file")
                    .header("Content-Disposition", "attachment; filename=\"" + certificate.id + ".pem\"")
                    .build();
        });
    }

    @GET
    @Path("/{id}/validation")
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME, Role.NOTIFIER_NAME})
    @Operation(summary = "Validation report: every finding with a stable code, severity and message")
    public CertificateViews.Report validate(UUID id, @QueryParam("purpose") @DefaultValue("serverAuth") String purpose,
            @QueryParam("host") String host) {
        Purpose parsed = switch (purpose) {
            case "serverAuth" -> Purpose.SERVER_AUTH;
            case "clientAuth" -> Purpose.CLIENT_AUTH;
            default -> throw ApiException.badRequest("INVALID_PURPOSE", "purpose must be serverAuth or clientAuth.");
        };
        if (host != null && host.length() > 253) {
            throw ApiException.badRequest("INVALID_HOST", "host is longer than 253 characters.");
        }
        return CertificateViews.report(validation.validate(certificates.get(id), parsed,
                Optional.ofNullable(host).filter(h -> !h.isBlank()), false));
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete a certificate; refused while it is bound or trusted")
    public void delete(UUID id) {
        certificates.delete(id, actor.get());
    }

    private ImportResponse respond(CertificateService.ImportResult result) {
        return QuarkusTransaction.requiringNew()
                .call(() -> new ImportResponse(
                        detail(certificates.get(result.leaf().id)), result.created(), result.keyAttached()));
    }

    private CertificateViews.Detail detail(CertificateEntity certificate) {
        return CertificateViews.detail(certificate, certificates.chain(certificate),
                bindings.findByCertificate(certificate.id),
                trustedCas.findByCertificate(certificate.id).stream().map(t -> t.component).toList(), clock);
    }

    private static Optional<CertificateKind> kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CertificateKind.valueOf(kind.trim().toUpperCase()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INVALID_KIND", "kind must be one of server, client, ca.");
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_DATE",
                    "expiresBefore must be an ISO-8601 instant such as 2026-12-31T00:00:00Z.");
        }
    }

    private static String encodeCursor(long seq) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Long.toString(seq)
                        .getBytes(
                                StandardCharsets.US_ASCII));
    }

    private static long decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INVALID_CURSOR", "cursor is not one this API returned.");
        }
    }

    private static String alias(CertificateEntity certificate) {
        return certificate.name != null ? certificate.name : certificate.sha256.substring(0, 16);
    }
}
