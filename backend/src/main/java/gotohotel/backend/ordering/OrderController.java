package gotohotel.backend.ordering;

import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.payment.PaymentSummary;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.security.BearerToken;
import gotohotel.shared.api.OrderView;
import gotohotel.shared.api.PlaceOrderRequest;
import gotohotel.shared.api.StayChangeRequest;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The guest's orders: place, read and cancel with the order's access token. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

    /** The width of {@code order_idempotency_key.idempotency_key}. */
    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    private final OrderService orders;
    private final StayChanges stayChanges;
    private final Payments payments;

    OrderController(OrderService orders, StayChanges stayChanges, Payments payments) {
        this.orders = orders;
        this.stayChanges = stayChanges;
        this.payments = payments;
    }

    @PostMapping
    ResponseEntity<OrderView> place(@RequestBody PlaceOrderRequest request,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey != null && idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new InvalidInputException("Idempotency-Key",
                    "must be at most " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        var placed = orders.place(request, blankToNull(idempotencyKey));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/orders/" + placed.order().id())
                .body(view(placed.order(), placed.accessToken(), Optional.ofNullable(placed.payment())));
    }

    @GetMapping("/{orderId}")
    OrderView find(@PathVariable UUID orderId, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                   String authorization) {
        return view(orders.find(orderId, BearerToken.from(authorization)), null);
    }

    @PostMapping("/{orderId}/cancel")
    OrderView cancel(@PathVariable UUID orderId, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                     String authorization) {
        return view(orders.cancel(orderId, BearerToken.from(authorization)), null);
    }

    /**
     * The guest shortens their stay (decision record 52): the nights dropped are refunded by the order's cancellation
     * policy and go back on sale; the same rules as the staff's change.
     */
    @PutMapping("/{orderId}/stay")
    OrderView changeStay(@PathVariable UUID orderId, @RequestBody(required = false) StayChangeRequest request,
                         @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        var order = orders.find(orderId, BearerToken.from(authorization));
        return view(stayChanges.byGuest(order, request), null);
    }

    private OrderView view(Order order, String accessToken) {
        return view(order, accessToken, Optional.empty());
    }

    private OrderView view(Order order, String accessToken, Optional<PaymentSummary> known) {
        return of(order, accessToken, known.or(() -> payments.find(order.id())));
    }

    /** The order as its guest sees it; {@code accessToken} only in the answer that placed it. */
    static OrderView of(Order order, String accessToken, Optional<PaymentSummary> payment) {
        var booking = order.booking();
        return new OrderView(order.id(), accessToken, order.status().name(), booking.roomType(), booking.checkIn(),
                booking.checkOut(), booking.guestCount(), order.total().amount(), order.total().currencyCode(),
                payment.map(p -> new OrderView.PaymentView(p.status().name(), p.cardLast4(), p.amount().amount(),
                        p.refunded().amount(), p.method().name())).orElse(null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
