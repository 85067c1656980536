package gotohotel.backend.events;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.config.StalenessProperties;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Puts {@link BatchingEventPublicationRepository} in front of Modulith's own JDBC publication repository (bean
 * {@code jdbcEventPublicationRepository}), which the publication registry then uses through it. Only with
 * completion mode delete, which this application runs with. {@code gotohotel.events.registry.batched=false} leaves
 * Modulith's repository alone (one statement and transaction per insert, mark and completion, as before).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gotohotel.events.registry.batched", havingValue = "true", matchIfMissing = true)
class RegistryBatchingConfiguration {

    @Bean
    PublicationCompletions publicationCompletions(
            @Qualifier("jdbcEventPublicationRepository") EventPublicationRepository modulith,
            RegistryProperties properties) {
        return new PublicationCompletions(modulith::deletePublications, properties);
    }

    @Bean
    @Primary
    BatchingEventPublicationRepository batchingEventPublicationRepository(
            @Qualifier("jdbcEventPublicationRepository") EventPublicationRepository modulith, JdbcTemplate jdbc,
            EventSerializer serializer, PublicationCompletions completions, @Value("${spring.modulith.events.completion-mode:update}") String completionMode,
            StalenessProperties staleness) {
        if (!"delete".equalsIgnoreCase(completionMode)) {
            throw new IllegalStateException("Batched event publication completions need "
                    + "spring.modulith.events.completion-mode=delete");
        }
        // The processing mark only matters when processing publications go stale at another age than published ones.
        boolean markProcessing = !staleness.getStaleness(EventPublication.Status.PUBLISHED)
                .equals(staleness.getStaleness(EventPublication.Status.PROCESSING));
        return new BatchingEventPublicationRepository(modulith, jdbc, serializer, completions, markProcessing);
    }
}
