package io.certgate.certservice.certificate.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Sealed private keys. */
@ApplicationScoped
public class PrivateKeyRepository implements PanacheRepositoryBase<PrivateKeyEntity, UUID> {

    /** The key whose public half has this SubjectPublicKeyInfo SHA-256. */
    public Optional<PrivateKeyEntity> findByPublicKey(String publicKeySha256) {
        return find("publicKeySha256", publicKeySha256).firstResultOptional();
    }
}
