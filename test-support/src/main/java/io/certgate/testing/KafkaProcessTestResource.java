package io.certgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Like {@link KafkaTestResource}, but the broker runs in its own JVM, so a test can stop it and start it again
 * ({@link #broker()}) to prove what happens while Kafka is away.
 */
public class KafkaProcessTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBrokerProcess broker;

    @Override
    public Map<String, String> start() {
        try {
            broker = new KafkaBrokerProcess(Files.createTempDirectory("certgate-kafka-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** The running broker, to stop and start from a test. */
    public static KafkaBrokerProcess broker() {
        return broker;
    }
}
