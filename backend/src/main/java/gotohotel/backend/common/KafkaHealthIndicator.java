package gotohotel.backend.common;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** Readiness includes Kafka: the broker must answer a cluster description within two seconds. */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator {

    private final KafkaAdmin admin;

    KafkaHealthIndicator(KafkaAdmin admin) {
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Map<String, Object> config = admin.getConfigurationProperties();
        try (var client = AdminClient.create(config)) {
            var cluster = client.describeCluster(new DescribeClusterOptions().timeoutMs(2000));
            String clusterId = cluster.clusterId().get(2, TimeUnit.SECONDS);
            int nodes = cluster.nodes().get(2, TimeUnit.SECONDS).size();
            builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
        }
    }
}
