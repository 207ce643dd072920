package io.certgate.notifier.delivery;

import java.util.Map;

import io.certgate.testing.FreePorts;
import io.quarkus.test.junit.QuarkusTestProfile;

/** Points the mailer at a loopback port where no SMTP server listens. */
public class SmtpDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(FreePorts.next()),
                "quarkus.mailer.start-tls", "DISABLED");
    }
}
