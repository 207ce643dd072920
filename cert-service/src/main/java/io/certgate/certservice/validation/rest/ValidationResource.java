package io.certgate.certservice.validation.rest;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.certgate.certservice.auth.Role;
import io.certgate.certservice.certificate.service.CertificateService;
import io.certgate.certservice.common.Uploads;
import io.certgate.certservice.pki.CertificateInfo;
import io.certgate.certservice.validation.Purpose;
import io.certgate.certservice.validation.ValidationReport;
import io.certgate.certservice.validation.service.ValidationService;

/** Validates an uploaded chain without storing anything: "what would clients say about this certificate?" */
@Path("/api/v1/validations")
@Tag(name = "Validation")
public class ValidationResource {

    /** The chain to check (PEM text, or base64 of DER/PKCS#7/PKCS#12), optionally with its key. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"data": "-----BEGIN CERTIFICATE-----\\n...\\n-----END CERTIFICATE-----\\n", "host": "192.168.3.15", "purpose": "serverAuth"}""")
    public record ValidateRequest(
            @NotBlank String data,
            @Size(max = 1024) String password,
            @Size(max = 253) String host,
            @Pattern(regexp = "serverAuth|clientAuth", message = "serverAuth or clientAuth") String purpose) {
    }

    /** A report: the verdict, the path that was built, and every finding. */
    public record ReportView(String verdict, List<String> path, List<FindingView> findings) {
    }

    /** One finding. */
    public record FindingView(String code, String severity, String certificateSha256, String message) {
    }

    private final ValidationService validation;

    ValidationResource(ValidationService validation) {
        this.validation = validation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.VIEWER_NAME})
    @Operation(summary = "Validate a chain as TLS clients would; nothing is stored")
    public ReportView validate(@Valid @NotNull ValidateRequest request) {
        CertificateService.Upload upload = CertificateService.readUpload(Uploads.decode(request.data()),
                request.password() == null ? null : request.password().toCharArray());
        ValidationReport report = validation.validate(upload.chain(), upload.privateKey(),
                "clientAuth".equals(request.purpose()) ? Purpose.CLIENT_AUTH : Purpose.SERVER_AUTH,
                Optional.ofNullable(request.host()).filter(h -> !h.isBlank()), false);
        return new ReportView(report.verdict().name(),
                report.path().stream().map(c -> CertificateInfo.of(c).subject()).toList(),
                report.findings()
                        .stream()
                        .map(f -> new FindingView(f.code().name(), f.severity().name(),
                                f.certificateSha256(), f.message()))
                        .toList());
    }
}
