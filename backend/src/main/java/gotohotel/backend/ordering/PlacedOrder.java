package gotohotel.backend.ordering;

/** An order together with the guest's access token, returned once to whoever placed it. */
record PlacedOrder(Order order, String accessToken) {

    @Override
    public String toString() {
        return "PlacedOrder[" + order.id() + "]";
    }
}
