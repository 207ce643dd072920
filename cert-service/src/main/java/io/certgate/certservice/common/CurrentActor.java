package io.certgate.certservice.common;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;

/** The caller of the current request, for the audit log. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    CurrentActor(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** Token name and remote address of the caller. */
    public Actor get() {
        SocketAddress remote = request.getCurrent() == null ? null : request.getCurrent().request().remoteAddress();
        return new Actor(identity.isAnonymous() ? null : identity.getPrincipal().getName(),
                remote == null ? null : remote.hostAddress());
    }
}
