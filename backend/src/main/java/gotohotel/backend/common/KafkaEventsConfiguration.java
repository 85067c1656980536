package gotohotel.backend.common;

import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.util.backoff.ExponentialBackOff;

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

    @Bean
    KafkaAdmin.NewTopics bookingTopics(EventsProperties properties) {
        return new KafkaAdmin.NewTopics(
                topic(Topics.ORDERS, properties), topic(Topics.PAYMENTS, properties),
                topic(Topics.RESERVATIONS, properties), topic(Topics.NOTIFICATIONS, properties),
                topic(Topics.NOTIFICATIONS_DLT, properties));
    }

    private static org.apache.kafka.clients.admin.NewTopic topic(String name, EventsProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor())
                .build();
    }

    /**
     * A listener that keeps failing is retried with exponential backoff for about ten minutes; then the
     * record goes to {@code <topic>-dlt} so it is kept and the partition moves on.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> template) {
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(60_000);
        backOff.setMaxElapsedTime(600_000);
        return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(template), backOff);
    }
}
