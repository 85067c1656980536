package gotohotel.backend.inventory;

import gotohotel.backend.common.ApiException;
import org.springframework.http.HttpStatus;

/** No room of the type is free for every night of the stay. */
public class SoldOutException extends ApiException {

    public SoldOutException(String roomType, Stay stay) {
        super(HttpStatus.CONFLICT, "sold-out", "Sold out",
                "No " + roomType + " room is free for every night from " + stay.checkIn() + " to " + stay.checkOut()
                        + ".");
    }
}
