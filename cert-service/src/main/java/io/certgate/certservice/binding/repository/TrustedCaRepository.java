package io.certgate.certservice.binding.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** CAs trusted for client certificates, per component. */
@ApplicationScoped
public class TrustedCaRepository implements PanacheRepositoryBase<TrustedCaEntity, TrustedCaEntity.Key> {

    /** The CAs a component trusts. */
    public List<TrustedCaEntity> findByComponent(String component) {
        return list("component", Sort.ascending("createdAt"), component);
    }

    /** Where a certificate is trusted. */
    public List<TrustedCaEntity> findByCertificate(UUID certificateId) {
        return list("certificateId", certificateId);
    }

    /** Every trust entry. */
    public List<TrustedCaEntity> listOrdered() {
        return listAll(Sort.ascending("component", "createdAt"));
    }
}
