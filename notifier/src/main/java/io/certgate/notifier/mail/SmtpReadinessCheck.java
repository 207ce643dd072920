package io.certgate.notifier.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Reports whether the SMTP server that carries the notifications greets us. */
@Readiness
@ApplicationScoped
public class SmtpReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_MILLIS = 2000;

    private final String host;
    private final int port;
    private final boolean mock;

    // The mailer's own settings (quarkus.mailer.*) say where SMTP is; this check must agree with them.
    SmtpReadinessCheck(@ConfigProperty(name = "quarkus.mailer.host") String host,
            @ConfigProperty(name = "quarkus.mailer.port") int port,
            @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mock) {
        this.host = host;
        this.port = port;
        this.mock = mock;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("smtp").withData("server", host + ":" + port);
        if (mock) {
            return response.up().withData("mode", "mock: mails are logged, not sent").build();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            if (greeting != null && greeting.startsWith("220")) {
                return response.up().build();
            }
            return response.down().withData("reason", "unexpected SMTP greeting: " + greeting).build();
        } catch (IOException e) {
            return response.down().withData("reason", "SMTP server unreachable: " + e.getMessage()).build();
        }
    }
}
