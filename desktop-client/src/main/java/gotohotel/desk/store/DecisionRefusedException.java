package gotohotel.desk.store;

/** A decision the desk cannot take on the reservation as it shows it; nothing was written. */
public class DecisionRefusedException extends RuntimeException {

    public DecisionRefusedException(String message) {
        super(message);
    }
}
