package io.certgate.certservice.validation.service;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.certgate.certservice.certificate.repository.CertificateEntity;
import io.certgate.certservice.certificate.service.CertificateService;
import io.certgate.certservice.trust.service.TrustAnchors;
import io.certgate.certservice.validation.CertificateValidator;
import io.certgate.certservice.validation.Purpose;
import io.certgate.certservice.validation.ValidationInput;
import io.certgate.certservice.validation.ValidationReport;

/** Validation reports for stored certificates and for uploaded chains. */
@ApplicationScoped
public class ValidationService {

    private final CertificateService certificates;
    private final TrustAnchors anchors;
    private final CertificateValidator validator;

    ValidationService(CertificateService certificates, TrustAnchors anchors, Clock clock) {
        this.certificates = certificates;
        this.anchors = anchors;
        this.validator = new CertificateValidator(clock);
    }

    /** Validates a stored certificate with its stored chain and, when held, its key. */
    @Transactional
    public ValidationReport validate(CertificateEntity certificate, Purpose purpose, Optional<String> host,
            boolean keyRequired) {
        List<X509Certificate> chain = certificates.chain(certificate).stream().map(CertificateService::x509).toList();
        Optional<PrivateKey> key = certificates.privateKey(certificate);
        return validate(chain, key, purpose, host, keyRequired);
    }

    /** Validates certificates given by the caller (leaf first); nothing is stored. */
    @Transactional
    public ValidationReport validate(List<X509Certificate> chain, Optional<PrivateKey> key, Purpose purpose,
            Optional<String> host, boolean keyRequired) {
        ValidationInput input = ValidationInput.of(chain, anchors.all(), purpose);
        if (key.isPresent()) {
            input = input.withPrivateKey(key.get());
        }
        if (keyRequired) {
            input = input.withKeyRequired();
        }
        if (host.isPresent()) {
            input = input.withExpectedHost(host.get());
        }
        return validator.validate(input);
    }
}
