package gotohotel.backend.reservation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pages of the staff reservation listing.
 *
 * @param defaultSize reservations per page when the client names no size
 * @param maxSize most reservations one page may hold
 */
@ConfigurationProperties("gotohotel.reservation.listing")
record ListingProperties(@DefaultValue("100") int defaultSize, @DefaultValue("500") int maxSize) {
}
