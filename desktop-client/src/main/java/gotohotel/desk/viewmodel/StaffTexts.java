package gotohotel.desk.viewmodel;

import gotohotel.desk.service.StaffChangeRefusedException;
import gotohotel.desk.text.ScreenText;

/** A staff refusal in the desk's words ({@code staff.refused.*}), with the value its sentence names. */
final class StaffTexts {

    private StaffTexts() {
    }

    /** @param username the account, or the room number, the refusal is about */
    static String of(Throwable failure, String username) {
        if (!(failure instanceof StaffChangeRefusedException refused)) {
            return ScreenText.of("staff.refused.OTHER", String.valueOf(failure.getMessage()));
        }
        return switch (refused.reason()) {
            case EXISTS, LAST_MANAGER, ROOM_NUMBER_TAKEN, ROOM_IN_USE ->
                    ScreenText.of("staff.refused." + refused.reason(), username);
            case ROOMS_NEEDED -> ScreenText.of("staff.refused.ROOMS_NEEDED", refused.bookings().isEmpty()
                    ? "…" : String.join("; ", refused.bookings()));
            case OTHER, STAY_CHANGE_REFUSED, ROOM_TAKEN -> ScreenText.of("staff.refused." + refused.reason(),
                    String.valueOf(refused.getMessage()));
            default -> "staff.refused." + refused.reason();
        };
    }
}
