package gotohotel.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A guest's order. {@code accessToken} is present only in the answer to placing the order: the guest
 * keeps it to read and cancel the order later.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(UUID orderId, String accessToken, String status, String roomType, LocalDate checkIn,
                        LocalDate checkOut, int guestCount, BigDecimal totalPrice, String currency,
                        PaymentView payment) {

    /**
     * The payment as the guest may see it.
     *
     * @param method {@code CARD} (through the provider) or {@code COUNTER} (paid at the hotel's desk; its refunds
     *               are handed back there)
     */
    public record PaymentView(String status, String cardLast4, BigDecimal amount, BigDecimal refundedAmount,
                              String method) {
    }
}
