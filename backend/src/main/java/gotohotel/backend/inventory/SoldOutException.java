package gotohotel.backend.inventory;

import gotohotel.backend.domain.DomainRuleException;

/** No room of the type is free for every night of the stay. */
public class SoldOutException extends DomainRuleException {

    public SoldOutException(String roomType, Stay stay) {
        super("sold-out", "Sold out",
                "No " + roomType + " room is free for every night from " + stay.checkIn() + " to " + stay.checkOut()
                        + ".");
    }
}
