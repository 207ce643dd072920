package io.certgate.certservice.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * Answers an over-sized body with a problem+json like every other error. Quarkus enforces
 * {@code quarkus.http.limits.max-body-size} in its own early route and answers with an empty 413; this route runs
 * before it and refuses a declared Content-Length over the same limit (chunked bodies are still cut by Quarkus).
 */
@ApplicationScoped
public class BodyLimitProblem {

    static final String BODY = """
            {"type":"https://certgate.io/problems/body-too-large","title":"Content Too Large","status":413,\
            "detail":"The request body is larger than the %s bytes this API accepts.","code":"BODY_TOO_LARGE"}""";

    private final long limit;

    BodyLimitProblem(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader("Content-Length");
            if (declared != null && tooLarge(declared)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(BODY.formatted(limit));
            } else {
                context.next();
            }
        });
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}
