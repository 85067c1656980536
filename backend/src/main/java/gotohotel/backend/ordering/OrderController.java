package gotohotel.backend.ordering;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.web.Refuses;
import gotohotel.backend.web.ApiDocs;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
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
    static final String IDEMPOTENCY_KEY = "The same key with the same body answers the same order, charged once; with "
            + "another body 422; while the first request is still being worked on 409 request-in-progress.";

    private final OrderService orders;
    private final StayChanges stayChanges;
    private final Payments payments;

    OrderController(OrderService orders, StayChanges stayChanges, Payments payments) {
        this.orders = orders;
        this.stayChanges = stayChanges;
        this.payments = payments;
    }

    @PostMapping
    @Operation(operationId = "placeOrder", summary = "Book and pay a room type for a stay")
    @ApiResponse(responseCode = "201", description = "Booked and paid: the order, with its access token (only here)",
            useReturnTypeSchema = true, headers = @Header(name = "Location", description = "The order's path",
            required = true, schema = @Schema(type = "string", example = "/api/orders/6f1c1d7e-3a55-4b8e-9a4f-0b6b0f1d2c3e")))
    @Refuses({"payment-declined", "sold-out", "request-in-progress", "idempotency-key-reused", "payment-unavailable",
            "too-many-orders"})
    ResponseEntity<OrderView> place(@RequestBody PlaceOrderRequest request,
                                    @Parameter(description = IDEMPOTENCY_KEY, schema = @Schema(maxLength = 255))
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
    @Operation(operationId = "getOrder", summary = "The order, its status and payment")
    @SecurityRequirement(name = ApiDocs.GUEST_TOKEN)
    @Refuses("not-found")
    OrderView find(@PathVariable UUID orderId, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                   String authorization) {
        return view(orders.find(orderId, BearerToken.from(authorization)), null);
    }

    @PostMapping("/{orderId}/cancel")
    @Operation(operationId = "cancelOrder", summary = "Cancel the booking; the payment is refunded by the policy")
    @SecurityRequirement(name = ApiDocs.GUEST_TOKEN)
    @Refuses({"not-found", "cancellation-refused", "concurrent-change"})
    OrderView cancel(@PathVariable UUID orderId, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                     String authorization) {
        return view(orders.cancel(orderId, BearerToken.from(authorization)), null);
    }

    /**
     * The guest shortens their stay (decision record 52): the nights dropped are refunded by the order's cancellation
     * policy and go back on sale; the same rules as the staff's change.
     */
    @PutMapping("/{orderId}/stay")
    @Operation(operationId = "changeOrderStay", summary = "Shorten or extend the stay (decision record 52)")
    @SecurityRequirement(name = ApiDocs.GUEST_TOKEN)
    @Refuses({"not-found", "stay-change-refused", "sold-out", "room-taken", "payment-declined", "payment-unavailable",
            "concurrent-change"})
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
