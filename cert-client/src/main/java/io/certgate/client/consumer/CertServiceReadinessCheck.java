package io.certgate.client.consumer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Reports whether cert-service, where this service gets its certificates and checks, is reachable and ready. */
@Readiness
@ApplicationScoped
public class CertServiceReadinessCheck implements HealthCheck {

    static final String NAME = "cert-service";

    private final CertServiceClientConfig config;
    private final HttpClient http;

    CertServiceReadinessCheck(CertServiceClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public HealthCheckResponse call() {
        URI uri = URI.create(config.url()).resolve("/q/health/ready");
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("url", config.url());
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(uri).timeout(config.timeout()).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200
                    ? response.up().build()
                    : response.down()
                            .withData("reason", "cert-service is not ready (HTTP " + answer.statusCode() + ")")
                            .build();
        } catch (IOException e) {
            return response.down().withData("reason", "cert-service is unreachable: " + describe(e)).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
