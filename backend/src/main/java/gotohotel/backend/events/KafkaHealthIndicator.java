package gotohotel.backend.events;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Readiness includes Kafka: the broker must answer a cluster description within two seconds. One admin
 * client serves the probes while Kafka answers; after a failure the next probe starts afresh.
 */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final KafkaAdmin admin;
    private AdminClient client;

    KafkaHealthIndicator(KafkaAdmin admin) {
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        try {
            var cluster = client().describeCluster(new DescribeClusterOptions().timeoutMs(2000));
            String clusterId = cluster.clusterId().get(2, TimeUnit.SECONDS);
            int nodes = cluster.nodes().get(2, TimeUnit.SECONDS).size();
            builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
        } catch (Exception unreachable) {
            destroy();
            throw unreachable;
        }
    }

    private synchronized AdminClient client() {
        if (client == null) {
            client = AdminClient.create(admin.getConfigurationProperties());
        }
        return client;
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.close(java.time.Duration.ofSeconds(1));
            client = null;
        }
    }
}
