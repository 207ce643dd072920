package io.certgate.certservice.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Stored API tokens. */
@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    /** The token with this hash, revoked or not. */
    public Optional<ApiToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /** Every token, newest first. */
    public List<ApiToken> listNewestFirst() {
        return listAll(Sort.descending("createdAt"));
    }
}
