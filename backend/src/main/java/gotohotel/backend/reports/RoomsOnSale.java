package gotohotel.backend.reports;

import java.time.LocalDate;
import java.util.Map;

/** How many rooms the hotel had on sale each night, as the inventory knows it. Implemented by the inventory context. */
public interface RoomsOnSale {

    /**
     * Rooms on sale on each night of [from, until), all room types together: the night's capacity (rooms out of order
     * taken off), or the types' rooms today for a night the sales calendar never opened.
     */
    Map<LocalDate, Integer> between(LocalDate from, LocalDate until);

    /** The currency the hotel's rates are in. */
    String currency();
}
