package gotohotel.backend.ordering;

/** Who booked and how to reach them. */
record Guest(String name, String phone, String email) {

    @Override
    public String toString() {
        return "Guest[redacted]";
    }
}
