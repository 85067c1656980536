package gotohotel.backend.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default channel: the message is recorded (my page shows it) and written to the log, without the phone. */
class LogChannel implements NotificationChannel {

    private static final Logger log = LoggerFactory.getLogger(LogChannel.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        log.info("Guest message for order {} ({}): {}", message.orderId(), message.announces(), message.text());
        return Delivery.sent();
    }
}
