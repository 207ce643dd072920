package io.certgate.testing;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.jboss.logging.Logger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Apache Kafka broker (KRaft, one combined broker and controller node) inside the test JVM, with
 * Certgate's topics created, and points Quarkus at it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** Topics every Certgate service expects; created with three partitions as in the local stack. */
    public static final List<String> TOPICS = List.of("certgate.cert-events", "certgate.gateway-status");

    private static final Logger LOG = Logger.getLogger(KafkaTestResource.class);
    private static volatile String bootstrapServers;

    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        try {
            long started = System.nanoTime();
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            bootstrapServers = cluster.bootstrapServers();
            createTopics();
            LOG.infof("Kafka broker ready at %s in %d ms", bootstrapServers,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return Map.of("kafka.bootstrap.servers", bootstrapServers);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("could not start the in-process Kafka broker: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                LOG.warnf("Kafka broker did not stop cleanly: %s", e.getMessage());
            }
            cluster = null;
            bootstrapServers = null;
        }
    }

    /** The running broker's bootstrap servers, for tests that produce or consume with their own clients. */
    public static String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("the Kafka test broker is not running");
        }
        return bootstrapServers;
    }

    private void createTopics() throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            admin.createTopics(TOPICS.stream().map(name -> new NewTopic(name, 3, (short) 1)).toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
    }
}
