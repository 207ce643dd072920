package io.certgate.certservice.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.certgate.certservice.common.problem.ApiException;

/** Creates, checks and revokes API bearer tokens; only their hashes are ever stored. */
@ApplicationScoped
public class TokenService {

    /** A token's identity once checked. */
    public record Caller(UUID tokenId, String name, Role role) {
    }

    /** A new token: the secret is shown once, here, and never again. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    private static final String PREFIX = "cg_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository repository;
    private final Clock clock;

    TokenService(ApiTokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The caller a presented token stands for, if it is known and not revoked. */
    @Transactional
    public Optional<Caller> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 512) {
            return Optional.empty();
        }
        return repository.findByHash(hash(presented))
                .filter(token -> token.revokedAt == null)
                .flatMap(token -> Role.parse(token.role).map(role -> new Caller(token.id, token.name, role)));
    }

    /** Issues a new random token. */
    @Transactional
    public IssuedToken issue(String name, Role role, String createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedToken(store(name, role, secret, createdBy), secret);
    }

    /** Makes sure a configured token exists; the secret is chosen by the operator. */
    @Transactional
    public boolean ensure(String name, Role role, String secret) {
        if (secret.length() < 20) {
            throw new IllegalArgumentException("the bootstrap token for " + name + " is shorter than 20 characters");
        }
        if (repository.findByHash(hash(secret)).isPresent()) {
            return false;
        }
        store(name, role, secret, "bootstrap");
        return true;
    }

    /** Every token, newest first. */
    @Transactional
    public List<ApiToken> list() {
        return repository.listNewestFirst();
    }

    /** Revokes a token; later requests with it get 401. Revoking twice is harmless. */
    @Transactional
    public ApiToken revoke(UUID id) {
        ApiToken token = repository.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("TOKEN_NOT_FOUND", "No token with id " + id + "."));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
        }
        return token;
    }

    private ApiToken store(String name, Role role, String secret, String createdBy) {
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.name = name;
        token.role = role.value();
        token.tokenHash = hash(secret);
        token.createdAt = clock.instant();
        token.createdBy = createdBy;
        repository.persist(token);
        return token;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
