package gotohotel.backend.ordering;

import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.InvalidInputException.Violation;
import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.inventory.RoomType;
import gotohotel.backend.inventory.Stay;
import gotohotel.backend.payment.Card;
import gotohotel.shared.api.PlaceOrderRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a booking request field by field and reports every problem at once. */
@Component
class OrderRequestValidator {

    /** Korean mobile numbers (010-1234-5678, 01012345678) or E.164 (+821012345678). */
    private static final Pattern PHONE = Pattern.compile("^(01[016789]-?\\d{3,4}-?\\d{4}|\\+[1-9]\\d{7,14})$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Inventory inventory;
    private final OrderingProperties properties;
    private final Clock clock;

    OrderRequestValidator(Inventory inventory, OrderingProperties properties, Clock clock) {
        this.inventory = inventory;
        this.properties = properties;
        this.clock = clock;
    }

    record ValidOrder(Guest guest, RoomType roomType, Stay stay, int guestCount, Card card) {
    }

    ValidOrder validate(PlaceOrderRequest request) {
        return validate(request, true);
    }

    /** A booking paid at the counter: everything a guest's order needs but the card. */
    ValidOrder validateWithoutCard(PlaceOrderRequest request) {
        return validate(request, false);
    }

    private ValidOrder validate(PlaceOrderRequest request, boolean paidByCard) {
        List<Violation> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(properties.hotelZone()));
        String name = trimmed(request.guestName());
        if (name == null || name.length() > 100 || hasControlCharacters(name)) {
            errors.add(new Violation("guestName", "is required (at most 100 characters)"));
        }
        String phone = trimmed(request.phone());
        if (phone == null || !PHONE.matcher(phone).matches()) {
            errors.add(new Violation("phone", "must be a Korean mobile number or in E.164 format"));
        }
        String email = trimmed(request.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new Violation("email", "is not a valid e-mail address"));
        }
        RoomType roomType = request.roomType() == null ? null : inventory.roomType(request.roomType()).orElse(null);
        if (roomType == null) {
            errors.add(new Violation("roomType", "is not a room type of this hotel"));
        }
        Stay stay = stay(request, roomType, today, errors);
        Integer guests = request.guestCount();
        if (guests == null || guests < 1) {
            errors.add(new Violation("guestCount", "must be at least 1"));
        } else if (roomType != null && guests > roomType.capacity()) {
            errors.add(new Violation("guestCount", "a " + roomType.code() + " room sleeps at most "
                    + roomType.capacity()));
        }
        Card card = paidByCard ? card(request, today, errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValidOrder(new Guest(name, phone.replace("-", ""), email), roomType, stay, guests, card);
    }

    private Stay stay(PlaceOrderRequest request, RoomType roomType, LocalDate today, List<Violation> errors) {
        int errorsBefore = errors.size();
        if (request.checkIn() == null) {
            errors.add(new Violation("checkIn", "is required"));
        } else if (request.checkIn().isBefore(today)) {
            errors.add(new Violation("checkIn", "must not be in the past"));
        }
        if (request.checkOut() == null) {
            errors.add(new Violation("checkOut", "is required"));
        } else if (request.checkIn() != null && !request.checkOut().isAfter(request.checkIn())) {
            errors.add(new Violation("checkOut", "must be after check-in"));
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        var stay = new Stay(request.checkIn(), request.checkOut());
        if (stay.nights() > properties.maxNights()) {
            errors.add(new Violation("checkOut", "a stay is at most " + properties.maxNights() + " nights"));
        }
        // Nights not on sale yet are refused by the hold itself (Inventory.hold), which needs no read first.
        return stay;
    }

    private static Card card(PlaceOrderRequest request, LocalDate today, List<Violation> errors) {
        if (request.card() == null) {
            errors.add(new Violation("card", "is required"));
            return null;
        }
        try {
            return Card.of(request.card().number(), request.card().expiry(), request.card().cvc(), today);
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.violations());
            return null;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Line breaks, NUL and other control characters have no place in a name (and PostgreSQL refuses NUL). */
    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
