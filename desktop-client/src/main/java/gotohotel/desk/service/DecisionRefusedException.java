package gotohotel.desk.service;

/** The decision is not possible from the status the desk shows. */
public class DecisionRefusedException extends RuntimeException {

    public DecisionRefusedException(String message) {
        super(message);
    }
}
