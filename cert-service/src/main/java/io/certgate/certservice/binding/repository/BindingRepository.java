package io.certgate.certservice.binding.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Bindings of certificates to components. */
@ApplicationScoped
public class BindingRepository implements PanacheRepositoryBase<BindingEntity, UUID> {

    /** The binding of exactly this (component, address, server name). */
    public Optional<BindingEntity> findSlot(String component, String address, String serverName) {
        return find("component = ?1 and address = ?2 and serverName = ?3", component, address, serverName)
                .firstResultOptional();
    }

    /** Every binding of a component. */
    public List<BindingEntity> findByComponent(String component) {
        return list("component", Sort.ascending("address", "serverName"), component);
    }

    /** Where a certificate is bound. */
    public List<BindingEntity> findByCertificate(UUID certificateId) {
        return list("certificateId", Sort.ascending("component", "address", "serverName"), certificateId);
    }

    /** Every binding in a stable order. */
    public List<BindingEntity> listOrdered() {
        return listAll(Sort.ascending("component", "address", "serverName"));
    }
}
