package gotohotel.backend.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka topic layout and how soon publications Kafka has not acknowledged are sent again.
 *
 * @param partitions partitions per topic (events of one order share a partition through the key)
 * @param replicationFactor replicas per partition
 * @param resubmitAfter age after which a failed publication is sent again
 * @param resubmitInterval how often to look for failed publications
 * @param maxInFlight most publications resent at once
 * @param retryMaxInterval longest pause between two attempts of a consumer at a record that failed
 *     transiently (attempts go on until it succeeds)
 * @param unreadableReplayInterval how often dead letters set aside as unreadable (an event type an instance of an
 *     earlier version did not know, during a rolling upgrade) are sent back to their topic once this version reads
 *     them (decision record 55)
 */
@ConfigurationProperties("gotohotel.events")
public record EventsProperties(int partitions, short replicationFactor, Duration resubmitAfter,
                               Duration resubmitInterval, int maxInFlight,
                               @DefaultValue("30s") Duration retryMaxInterval,
                               @DefaultValue("60s") Duration unreadableReplayInterval) {
}
