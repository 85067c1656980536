package gotohotel.backend.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event publication registry's bookkeeping is batched (decision record 25).
 *
 * @param completionFlushInterval longest time a sent publication's completion (its row's delete) waits to be
 *     written together with others (with {@code spring.modulith.events.completion-mode=delete})
 * @param completionBatchSize most completions written in one transaction; as soon as this many wait they are written
 */
@ConfigurationProperties("gotohotel.events.registry")
public record RegistryProperties(@DefaultValue("20ms") Duration completionFlushInterval,
                                 @DefaultValue("500") int completionBatchSize) {
}
