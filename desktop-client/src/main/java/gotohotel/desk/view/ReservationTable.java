package gotohotel.desk.view;

import gotohotel.desk.service.DeskBooking;
import gotohotel.desk.text.PhoneNumber;
import gotohotel.desk.viewmodel.BookingRow;
import gotohotel.desk.viewmodel.ReservationsViewModel;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The virtualised reservations table; sorting by column header is done by the view-model's sorted list. */
final class ReservationTable {

    private ReservationTable() {
    }

    static TableView<BookingRow> build(ReservationsViewModel model, Texts t) {
        var table = new TableView<>(model.sortedBookings());
        table.setId("bookings");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Sorting 100,000 rows through the columns' cell values (a property per comparison, a Collator for text)
        // takes seconds; each column carries a comparator on the booking itself, and the sort policy hands
        // their combination to the view-model's sorted list.
        table.setSortPolicy(view -> {
            Comparator<BookingRow> order = null;
            for (var column : view.getSortOrder()) {
                @SuppressWarnings("unchecked")
                var key = (Comparator<BookingRow>) column.getUserData();
                if (key != null) {
                    key = column.getSortType() == TableColumn.SortType.DESCENDING ? key.reversed() : key;
                    order = order == null ? key : order.thenComparing(key);
                }
            }
            model.sortedBookings().setComparator(order);
            return true;
        });
        var placeholder = new Label();
        placeholder.textProperty().bind(model.loadedProperty().map(done -> t.get(done ? "table.empty" : "table.loading")));
        table.setPlaceholder(placeholder);

        var guest = column(t.get("column.guest"), DeskBooking::guestName, 190, Object::toString);
        guest.setId("column-guest");
        sortBy(guest, DeskBooking::guestName, String.CASE_INSENSITIVE_ORDER);
        var phone = column(t.get("column.phone"), DeskBooking::phone, 120, v -> PhoneNumber.display(v.toString()));
        phone.setId("column-phone");
        // a number stored with +82 sorts with the same number as dialled in Korea (only those are rewritten: the key
        // is taken at every comparison)
        sortBy(phone, booking -> {
            String stored = booking.phone();
            String national = stored != null && (stored.startsWith("+") || stored.startsWith("00"))
                    ? PhoneNumber.national(stored) : null;
            return national != null ? national : stored;
        }, Comparator.<String>naturalOrder());
        var roomType = column(t.get("column.room-type"), DeskBooking::roomType, 110, v -> t.orElse("room." + v, v.toString()));
        sortBy(roomType, DeskBooking::roomType, Comparator.<String>naturalOrder());
        var checkIn = column(t.get("column.check-in"), DeskBooking::checkIn, 118, v -> t.date((LocalDate) v));
        checkIn.setId("column-check-in");
        sortBy(checkIn, DeskBooking::checkIn, Comparator.<LocalDate>naturalOrder());
        var checkOut = column(t.get("column.check-out"), DeskBooking::checkOut, 118, v -> t.date((LocalDate) v));
        sortBy(checkOut, DeskBooking::checkOut, Comparator.<LocalDate>naturalOrder());
        var nights = column(t.get("column.nights"), DeskBooking::nights, 64, Object::toString);
        nights.setStyle("-fx-alignment: CENTER-RIGHT;");
        sortBy(nights, DeskBooking::nights, Comparator.<Long>naturalOrder());
        var guests = column(t.get("column.guests"), DeskBooking::guestCount, 64, Object::toString);
        guests.setStyle("-fx-alignment: CENTER-RIGHT;");
        sortBy(guests, DeskBooking::guestCount, Comparator.<Integer>naturalOrder());
        var status = statusColumn(t);
        sortBy(status, DeskBooking::status, Comparator.<String>naturalOrder());
        var amount = amountColumn(t);
        sortBy(amount, DeskBooking::amount, Comparator.<BigDecimal>naturalOrder());
        table.getColumns().setAll(List.of(guest, phone, roomType, checkIn, checkOut, nights, guests, status, amount));
        table.getSortOrder().add(checkIn);
        return table;
    }

    /** The column sorts by this key of the booking (nulls last), compared directly. */
    private static <K> void sortBy(TableColumn<BookingRow, ?> column, Function<DeskBooking, K> key,
                                   Comparator<? super K> order) {
        Comparator<BookingRow> comparator = Comparator.comparing(row -> key.apply(row.booking()),
                Comparator.nullsLast(order));
        column.setUserData(comparator);
    }

    private static <T> TableColumn<BookingRow, T> column(String title, Function<DeskBooking, T> value, double width,
                                                         Function<Object, String> text) {
        var column = new TableColumn<BookingRow, T>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().booking())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    /** The status, with "⟳" while a decision taken here waits for the server. */
    private static TableColumn<BookingRow, BookingRow> statusColumn(Texts t) {
        var column = new TableColumn<BookingRow, BookingRow>(t.get("column.status"));
        column.setId("column-status");
        column.setPrefWidth(190);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(BookingRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                var booking = item.booking();
                badge.setText(t.status(booking.status()) + (booking.waiting() ? "  ⟳" : ""));
                setTooltip(booking.waiting() ? new Tooltip(t.get("waiting")) : null);
                badge.getStyleClass().setAll("badge", "badge-" + booking.status().toLowerCase().replace('_', '-'));
                if (booking.waiting()) {
                    badge.getStyleClass().add("badge-waiting");
                }
                setGraphic(badge);
            }
        });
        return column;
    }

    private static TableColumn<BookingRow, DeskBooking> amountColumn(Texts t) {
        var column = new TableColumn<BookingRow, DeskBooking>(t.get("column.amount"));
        column.setPrefWidth(120);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().booking()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DeskBooking item, boolean empty) {
                super.updateItem(item, empty);
                setAlignment(Pos.CENTER_RIGHT);
                setText(empty || item == null || item.amount() == null ? null : money(item, t));
            }
        });
        return column;
    }

    static String money(DeskBooking booking, Texts t) {
        var format = NumberFormat.getNumberInstance(t.locale());
        int scale = Math.max(0, booking.amount().scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return (booking.currency() == null ? "" : booking.currency() + " ") + format.format(booking.amount());
    }
}
