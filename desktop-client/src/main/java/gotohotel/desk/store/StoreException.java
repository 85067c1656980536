package gotohotel.desk.store;

/** The local store failed (disk full, file damaged): nothing of the failed change was written. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
