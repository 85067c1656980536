package gotohotel.backend.domain;

/** What was asked for does not exist, or is not the caller's to see (an order under another order's token). */
public non-sealed class NotFoundException extends RefusalException {

    /** @param what names the thing, such as {@code "Order <id>"}: the detail reads "<what> was not found." */
    public NotFoundException(String what) {
        super("not-found", "Not found", what + " was not found.", null);
    }
}
