package io.certgate.certservice.certificate.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.certgate.certservice.binding.repository.BindingEntity;
import io.certgate.certservice.certificate.repository.CertificateEntity;
import io.certgate.certservice.certificate.service.CertificateService;
import io.certgate.certservice.pki.CertificateInfo;
import io.certgate.certservice.validation.Finding;
import io.certgate.certservice.validation.ValidationReport;

/** What the API shows of certificates; entities never leave through the API. */
public final class CertificateViews {

    private CertificateViews() {
    }

    /** A certificate in lists. */
    public record Summary(UUID id, String kind, String name, String subject, String issuer, List<String> dnsNames,
            List<String> ipAddresses, Instant notBefore, Instant notAfter, long daysLeft, String sha256,
            boolean hasPrivateKey) {
    }

    /** A link to another certificate of a chain. */
    public record ChainLink(UUID id, String subject, String sha256) {
    }

    /** Where a certificate is bound. */
    public record BoundAt(UUID bindingId, String component, String address, String serverName) {
    }

    /** Everything about one certificate. */
    public record Detail(UUID id, String kind, String name, String subject, String issuer, String serial,
            List<String> dnsNames, List<String> ipAddresses, List<String> emails, List<String> uris, Instant notBefore,
            Instant notAfter, long daysLeft, String keyAlgorithm, int keySize, String keyCurve,
            String signatureAlgorithm, String sha256, String sha1, boolean ca, boolean selfSigned,
            List<String> keyUsage, List<String> extendedKeyUsage, boolean hasPrivateKey, List<ChainLink> chain,
            List<BoundAt> boundAt, List<String> trustedFor, Instant createdAt) {
    }

    /** One page of a list. */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    /** A validation report as the API shows it. */
    public record Report(String verdict, List<ChainLink> path, List<FindingView> findings) {
    }

    /** One finding. */
    public record FindingView(String code, String severity, String certificateSha256, String message) {
        static FindingView of(Finding finding) {
            return new FindingView(finding.code().name(), finding.severity().name(), finding.certificateSha256(),
                    finding.message());
        }
    }

    static Summary summary(CertificateEntity entity, Clock clock) {
        // Lists show many rows: read only the SANs here, not the full details (which verify signatures).
        List<String> dns = new java.util.ArrayList<>();
        List<String> ips = new java.util.ArrayList<>();
        try {
            java.util.Collection<List<?>> names = CertificateService.x509(entity).getSubjectAlternativeNames();
            for (List<?> name : names == null ? List.<List<?>>of() : names) {
                if (Integer.valueOf(2).equals(name.get(0))) {
                    dns.add((String) name.get(1));
                } else if (Integer.valueOf(7).equals(name.get(0))) {
                    ips.add((String) name.get(1));
                }
            }
        } catch (java.security.cert.CertificateParsingException e) {
            // a stored certificate parsed when it was imported; an unreadable SAN list shows as empty
        }
        if (ips.stream().anyMatch(ip -> ip.contains(":"))) {
            ips = new io.certgate.certservice.pki.SubjectAltNames(List.of(), ips).ipAddresses(); // short IPv6 form
        }
        return new Summary(entity.id, entity.kind, entity.name, entity.subject, entity.issuer, dns, ips,
                entity.notBefore, entity.notAfter, daysLeft(entity.notAfter, clock), entity.sha256,
                entity.privateKeyId != null);
    }

    static Detail detail(CertificateEntity entity, List<CertificateEntity> chain, List<BindingEntity> bindings,
            List<String> trustedFor, Clock clock) {
        CertificateInfo info = CertificateInfo.of(CertificateService.x509(entity));
        return new Detail(entity.id, entity.kind, entity.name, info.subject(), info.issuer(), info.serial(),
                info.dnsNames(), info.ipAddresses(), info.emails(), info.uris(), info.notBefore(), info.notAfter(),
                daysLeft(entity.notAfter, clock), info.publicKey().algorithm(), info.publicKey().sizeBits(),
                info.publicKey().curve().orElse(null), info.signatureAlgorithm(), info.sha256(), info.sha1(),
                info.isCa(), info.selfSigned(), info.keyUsage(), info.extendedKeyUsage(), entity.privateKeyId != null,
                chain.stream().skip(1).map(c -> new ChainLink(c.id, c.subject, c.sha256)).toList(),
                bindings.stream().map(b -> new BoundAt(b.id, b.component, b.address, b.serverName)).toList(),
                trustedFor, entity.createdAt);
    }

    static Report report(ValidationReport report) {
        return new Report(report.verdict().name(),
                report.path().stream().map(c -> {
                    CertificateInfo info = CertificateInfo.of(c);
                    return new ChainLink(null, info.subject(), info.sha256());
                }).toList(),
                report.findings().stream().map(FindingView::of).toList());
    }

    /** Whole days until {@code notAfter}; negative once expired. */
    static long daysLeft(Instant notAfter, Clock clock) {
        return Math.floorDiv(Duration.between(clock.instant(), notAfter).toSeconds(), 86_400L);
    }
}
