package io.certgate.certservice.binding.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.certgate.certservice.audit.AuditLog;
import io.certgate.certservice.binding.repository.BindingEntity;
import io.certgate.certservice.binding.repository.BindingRepository;
import io.certgate.certservice.certificate.repository.CertificateEntity;
import io.certgate.certservice.certificate.service.CertificateService;
import io.certgate.certservice.common.Actor;
import io.certgate.certservice.common.problem.ApiException;
import io.certgate.certservice.outbox.ChangeEvents;
import io.certgate.certservice.pki.PkiException;
import io.certgate.certservice.pki.SubjectAltNames;
import io.certgate.certservice.validation.Finding;
import io.certgate.certservice.validation.FindingCode;
import io.certgate.certservice.validation.Purpose;
import io.certgate.certservice.validation.Severity;
import io.certgate.certservice.validation.ValidationReport;
import io.certgate.certservice.validation.service.ValidationService;
import io.certgate.client.event.EventTypes;

/**
 * Assigns certificates to (component, address, server name). A certificate that cannot serve is refused with the
 * validation findings; an explicit force overrides only validity-period problems, and is audited.
 */
@ApplicationScoped
public class BindingService {

    /** Findings that stop a binding: the gateway could not serve, or clients would refuse for sure. */
    static final Set<FindingCode> BLOCKING = Set.of(FindingCode.KEY_MISSING, FindingCode.KEY_MISMATCH,
            FindingCode.EXPIRED, FindingCode.NOT_YET_VALID, FindingCode.EXTENDED_KEY_USAGE, FindingCode.KEY_USAGE,
            FindingCode.HOSTNAME_MISMATCH, FindingCode.WEAK_KEY);
    /** Blocking findings that {@code force} may override. */
    static final Set<FindingCode> FORCEABLE = Set.of(FindingCode.EXPIRED, FindingCode.NOT_YET_VALID);

    /** What to bind. */
    public record BindCommand(String component, String address, String serverName, UUID certificateId,
            boolean force) {
    }

    /** The saved binding and what validation found about its certificate. */
    public record BindResult(BindingEntity binding, List<Finding> findings) {
    }

    private final BindingRepository bindings;
    private final CertificateService certificates;
    private final ValidationService validation;
    private final ChangeEvents events;
    private final AuditLog audit;
    private final Clock clock;

    BindingService(BindingRepository bindings, CertificateService certificates, ValidationService validation,
            ChangeEvents events, AuditLog audit, Clock clock) {
        this.bindings = bindings;
        this.certificates = certificates;
        this.validation = validation;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Binds a certificate to a slot, replacing the one there. */
    @Transactional
    public BindResult bind(BindCommand command, Actor actor) {
        Component component = Component.require(command.component());
        String address = normalizeAddress(command.address());
        String serverName = normalizeServerName(command.serverName());
        CertificateEntity certificate = certificates.get(command.certificateId());

        ValidationReport report = validation.validate(certificate, Purpose.SERVER_AUTH,
                serverName.isEmpty() || serverName.startsWith("*.") ? Optional.empty() : Optional.of(serverName),
                true);
        List<Finding> blocking = report.findings()
                .stream()
                .filter(f -> f.severity() == Severity.ERROR && BLOCKING.contains(f.code()))
                .toList();
        boolean forced = false;
        if (!blocking.isEmpty()) {
            boolean onlyForceable = blocking.stream().allMatch(f -> FORCEABLE.contains(f.code()));
            if (!command.force() || !onlyForceable) {
                throw new ApiException(422, "CERTIFICATE_CANNOT_SERVE",
                        "The certificate cannot serve " + component + ": "
                                + String.join(" ", blocking.stream().map(Finding::message).toList())
                                + (onlyForceable ? " Set force to bind it anyway." : ""),
                        blocking.stream()
                                .map(f -> new io.certgate.certservice.common.problem.Problem.FieldError(
                                        f.code().name(), f.message()))
                                .toList());
            }
            forced = true;
        }

        BindingEntity binding = bindings.findSlot(component.name(), address, serverName).orElse(null);
        UUID previous = null;
        if (binding == null) {
            binding = new BindingEntity();
            binding.id = UUID.randomUUID();
            binding.component = component.name();
            binding.address = address;
            binding.serverName = serverName;
            binding.createdAt = clock.instant();
        } else {
            previous = binding.certificateId;
        }
        binding.certificateId = certificate.id;
        binding.forced = forced;
        binding.updatedAt = clock.instant();
        bindings.persist(binding);

        events.publish(component.name(), EventTypes.BINDING_CHANGED, component.name(),
                data(binding, "bound").put("previousCertificateId", previous == null ? null : previous.toString()));
        audit.record(actor, forced ? "binding.force" : "binding.set", CertificateService.describe(binding),
                "certificate " + certificate.id + " (" + certificate.subject + ")"
                        + (forced
                                ? " despite: " + String.join(" ", blocking.stream().map(Finding::message).toList())
                                : ""));
        return new BindResult(binding, report.findings());
    }

    /** Every binding, optionally of one component. */
    @Transactional
    public List<BindingEntity> list(Optional<String> component) {
        return component.map(c -> bindings.findByComponent(Component.require(c)
                .name()))
                .orElseGet(bindings::listOrdered);
    }

    /** One binding. */
    @Transactional
    public BindingEntity get(UUID id) {
        return bindings.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("BINDING_NOT_FOUND", "No binding with id " + id + "."));
    }

    /** Removes a binding; the gateways stop serving its certificate there. */
    @Transactional
    public void unbind(UUID id, Actor actor) {
        BindingEntity binding = get(id);
        bindings.delete(binding);
        events.publish(binding.component, EventTypes.BINDING_CHANGED, binding.component,
                data(binding, "unbound"));
        audit.record(actor, "binding.remove", CertificateService.describe(binding),
                "certificate " + binding.certificateId);
    }

    static String normalizeAddress(String address) {
        if (address == null || address.isBlank() || address.trim().equals("*")) {
            return "*";
        }
        try {
            return new SubjectAltNames(List.of(), List.of(address.trim())).ipAddresses().getFirst();
        } catch (PkiException e) {
            throw ApiException.badRequest("INVALID_ADDRESS",
                    "Address '" + address + "' is not an IP address or '*'. Host names are not accepted here.");
        }
    }

    static String normalizeServerName(String serverName) {
        if (serverName == null || serverName.isBlank()) {
            return "";
        }
        try {
            return new SubjectAltNames(List.of(serverName.trim()), List.of()).dnsNames().getFirst();
        } catch (PkiException e) {
            throw ApiException.badRequest("INVALID_SERVER_NAME",
                    "Server name '" + serverName + "' is not a valid DNS host name.");
        }
    }

    private static ObjectNode data(BindingEntity binding, String action) {
        return JsonNodeFactory.instance.objectNode()
                .put("action", action)
                .put("bindingId", binding.id.toString())
                .put("component", binding.component)
                .put("address", binding.address)
                .put("serverName", binding.serverName)
                .put("certificateId", binding.certificateId.toString());
    }
}
