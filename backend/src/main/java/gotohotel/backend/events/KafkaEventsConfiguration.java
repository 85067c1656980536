package gotohotel.backend.events;

import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@link BookingEvent} a context publishes is stored in the event publication registry with the
 * state change and externalised to its Kafka topic after commit, keyed by order id.
 */
@Configuration(proxyBeanMethods = false)
class KafkaEventsConfiguration {

    @Bean
    EventExternalizationConfiguration eventExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof BookingEvent)
                .route(BookingEvent.class,
                        event -> RoutingTarget.forTarget(Topics.of(event)).andKey(event.orderId().toString()))
                .build();
    }

    /** The registry's serialisation of events, with the application's mapper ({@link EventJsonSerializer}). */
    @Bean
    EventSerializer eventSerializer(JsonMapper mapper) {
        return new EventJsonSerializer(mapper);
    }

    /** The event topics consumers read, each with its dead-letter topic. */
    static final List<String> CONSUMED_TOPICS = List.of(Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS,
            Topics.NOTIFICATIONS);

    @Bean
    KafkaAdmin.NewTopics bookingTopics(EventsProperties properties) {
        var topics = new ArrayList<NewTopic>();
        for (String name : CONSUMED_TOPICS) {
            topics.add(topic(name, properties));
            topics.add(topic(DeadLetters.topicFor(name), properties));
        }
        topics.add(topic(Topics.NOTIFICATIONS_DLT, properties));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /**
     * Event topics and their dead letters are kept forever: my page is rebuilt from the beginning of the topics
     * and a dead letter may be replayed long after it was set aside (a 7-day default would silently drop both).
     */
    private static NewTopic topic(String name, EventsProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }

    /**
     * What reaches the container's error handler: a transient failure ({@link Failures#isTransient}) is
     * retried with exponential backoff, capped at {@code gotohotel.events.retry-max-interval}, until it
     * succeeds (never given up after a fixed time: a refund must not land in a topic nobody reads); anything
     * else goes to {@code <topic>.dead-letters} at once. Listeners take their records through
     * {@link EventConsumer}, which dead-letters poison records itself and rethrows only transient failures.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters, EventsProperties properties) {
        var handler = new DefaultErrorHandler((record, failure) -> deadLetters.send("container", record, failure),
                untilSuccess(properties));
        handler.setBackOffFunction((record, failure) -> backOffFor(failure, properties));
        return handler;
    }

    static BackOff backOffFor(Exception failure, EventsProperties properties) {
        return Failures.isTransient(failure) ? untilSuccess(properties) : new FixedBackOff(0, 0);
    }

    private static BackOff untilSuccess(EventsProperties properties) {
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }
}
