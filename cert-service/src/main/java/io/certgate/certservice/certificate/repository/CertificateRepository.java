package io.certgate.certservice.certificate.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Stored certificates. */
@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<CertificateEntity, UUID> {

    /** Filters of the certificate list; null means "any". */
    public record Filter(String kind, Instant expiresBefore, Boolean bound, String text) {
    }

    /** The certificate with this SHA-256 fingerprint. */
    public Optional<CertificateEntity> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    /** Certificates whose subject is this DN, candidates for the issuer of another one. */
    public List<CertificateEntity> findBySubject(String subject) {
        return list("subject", subject);
    }

    /** Certificates that carry this public key. */
    public List<CertificateEntity> findByPublicKey(String publicKeySha256) {
        return list("publicKeySha256", publicKeySha256);
    }

    /** Certificates issued by this one (direct children in stored chains). */
    public long countIssuedBy(UUID issuerId) {
        return count("issuerCertificateId", issuerId);
    }

    /** One page of certificates after {@code afterSeq}, in insertion order. */
    public List<CertificateEntity> page(Filter filter, long afterSeq, int limit) {
        StringBuilder query = new StringBuilder("seq > :after");
        Map<String, Object> params = new HashMap<>();
        params.put("after", afterSeq);
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.expiresBefore() != null) {
            query.append(" and notAfter < :expiresBefore");
            params.put("expiresBefore", filter.expiresBefore());
        }
        if (filter.bound() != null) {
            query.append(filter.bound() ? " and " : " and not ")
                    .append("exists (select 1 from BindingEntity b where b.certificateId = id)");
        }
        if (filter.text() != null) {
            query.append(" and searchText like :text escape '\\'");
            params.put("text", "%" + escapeLike(filter.text().toLowerCase()) + "%");
        }
        return new ArrayList<>(find(query.toString(), Sort.ascending("seq"), params).page(0, limit).list());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
