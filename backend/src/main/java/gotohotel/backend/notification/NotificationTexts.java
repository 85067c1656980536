package gotohotel.backend.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Message texts from templates ({@code notifications/messages_<language>.properties}) filled with the
 * guest's name, room type, dates, amount, order id, for a rejection the hotel's reason and for a check-in the room
 * (the AlimTalk template parameter {@code room}; "-" for a check-in from before rooms).
 */
@Component
class NotificationTexts {

    private final ResourceBundleMessageSource templates = new ResourceBundleMessageSource();
    private final Locale language;

    NotificationTexts(NotificationProperties properties) {
        templates.setBasename("notifications/messages");
        templates.setDefaultEncoding("UTF-8");
        templates.setFallbackToSystemLocale(false);
        this.language = properties.language();
    }

    Map<String, String> parameters(Notification notification, Recipient recipient) {
        BigDecimal amount = notification.amount() != null ? notification.amount() : recipient.totalPrice();
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("guestName", recipient.guestName());
        parameters.put("roomType", recipient.roomType());
        parameters.put("checkIn", recipient.checkIn().toString());
        parameters.put("checkOut", recipient.checkOut().toString());
        parameters.put("amount", amount == null ? "-" : NumberFormat.getIntegerInstance(Locale.KOREA).format(amount));
        parameters.put("currency", recipient.currency() == null ? "KRW" : recipient.currency());
        parameters.put("orderId", notification.orderId().toString());
        parameters.put("reason", notification.reason() == null ? "" : notification.reason());
        parameters.put("room", notification.room() == null ? "-" : notification.room());
        return parameters;
    }

    String render(Announcement announces, Map<String, String> parameters) {
        Object[] arguments = {parameters.get("guestName"), parameters.get("roomType"), parameters.get("checkIn"),
                parameters.get("checkOut"), parameters.get("amount"), parameters.get("orderId"),
                parameters.get("reason"), parameters.get("currency"), parameters.get("room")};
        return templates.getMessage("notification." + announces.name(), arguments, language);
    }
}
