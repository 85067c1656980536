package gotohotel.backend.inventory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hotel's calendar.
 *
 * @param bookingHorizonDays how many days ahead the hotel sells nights
 */
@ConfigurationProperties("gotohotel.inventory")
record InventoryProperties(int bookingHorizonDays) {
}
