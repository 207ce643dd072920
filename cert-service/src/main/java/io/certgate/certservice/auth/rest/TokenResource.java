package io.certgate.certservice.auth.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.certgate.certservice.auth.ApiToken;
import io.certgate.certservice.auth.Role;
import io.certgate.certservice.auth.TokenService;

/** API tokens: an administrator issues and revokes them. */
@Path("/api/v1/tokens")
@Tag(name = "Tokens")
@RolesAllowed(Role.ADMIN_NAME)
public class TokenResource {

    /** What to issue. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"name": "monitoring", "role": "viewer"}""")
    public record CreateToken(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9 ._-]+", message = "letters, digits, space, dot, underscore and dash only") String name,
            @NotNull @Pattern(regexp = "admin|viewer|gateway|notifier", message = "one of admin, viewer, gateway, notifier") String role) {
    }

    /** A token as listed; never its secret. */
    public record TokenView(UUID id, String name, String role, Instant createdAt, String createdBy,
            Instant revokedAt) {
        static TokenView of(ApiToken token) {
            return new TokenView(token.id, token.name, token.role, token.createdAt, token.createdBy, token.revokedAt);
        }
    }

    /** A new token with its secret, shown only in this answer. */
    public record IssuedTokenView(UUID id, String name, String role, String token) {
    }

    private final TokenService tokens;

    TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @ResponseStatus(201)
    public IssuedTokenView create(@Valid @NotNull CreateToken request, @Context SecurityContext security) {
        TokenService.IssuedToken issued = tokens.issue(request.name(), Role.parse(request.role()).orElseThrow(),
                security.getUserPrincipal().getName());
        return new IssuedTokenView(issued.token().id, issued.token().name, issued.token().role, issued.secret());
    }

    @GET
    public List<TokenView> list() {
        return tokens.list().stream().map(TokenView::of).toList();
    }

    @DELETE
    @Path("/{id}")
    public TokenView revoke(UUID id) {
        return TokenView.of(tokens.revoke(id));
    }
}
