package gotohotel.desk.view;

import gotohotel.desk.service.Booking;
import gotohotel.desk.viewmodel.BookingRow;
import gotohotel.desk.viewmodel.ReservationsViewModel;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The virtualised reservations table; sorting by column header is done by the view-model's sorted list. */
final class ReservationTable {

    private ReservationTable() {
    }

    static TableView<BookingRow> build(ReservationsViewModel model, Texts t) {
        var table = new TableView<>(model.sortedBookings());
        table.setId("bookings");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.sortedBookings().comparatorProperty().bind(table.comparatorProperty());
        var placeholder = new Label();
        placeholder.textProperty().bind(model.loadedProperty().map(done -> t.get(done ? "table.empty" : "table.loading")));
        table.setPlaceholder(placeholder);

        var guest = column(t.get("column.guest"), Booking::guestName, 190, Object::toString);
        guest.setId("column-guest");
        var roomType = column(t.get("column.room-type"), Booking::roomType, 110, v -> t.orElse("room." + v, v.toString()));
        var checkIn = column(t.get("column.check-in"), Booking::checkIn, 118, v -> t.date((java.time.LocalDate) v));
        checkIn.setId("column-check-in");
        var checkOut = column(t.get("column.check-out"), Booking::checkOut, 118, v -> t.date((java.time.LocalDate) v));
        var nights = column(t.get("column.nights"), Booking::nights, 64, Object::toString);
        nights.setStyle("-fx-alignment: CENTER-RIGHT;");
        var guests = column(t.get("column.guests"), Booking::guestCount, 64, Object::toString);
        guests.setStyle("-fx-alignment: CENTER-RIGHT;");
        var status = statusColumn(t);
        var amount = amountColumn(t);
        table.getColumns().setAll(java.util.List.of(guest, roomType, checkIn, checkOut, nights, guests, status, amount));
        table.getSortOrder().add(checkIn);
        return table;
    }

    private static <T> TableColumn<BookingRow, T> column(String title, Function<Booking, T> value, double width,
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
        column.setComparator(Comparator.comparing(row -> row.booking().status()));
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
                setTooltip(booking.waiting() ? new javafx.scene.control.Tooltip(t.get("waiting")) : null);
                badge.getStyleClass().setAll("badge", "badge-" + booking.status().toLowerCase().replace('_', '-'));
                if (booking.waiting()) {
                    badge.getStyleClass().add("badge-waiting");
                }
                setGraphic(badge);
            }
        });
        return column;
    }

    private static TableColumn<BookingRow, Booking> amountColumn(Texts t) {
        var column = new TableColumn<BookingRow, Booking>(t.get("column.amount"));
        column.setPrefWidth(120);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().booking()));
        column.setComparator(Comparator.comparing(Booking::amount, Comparator.nullsFirst(BigDecimal::compareTo)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Booking item, boolean empty) {
                super.updateItem(item, empty);
                setAlignment(Pos.CENTER_RIGHT);
                setText(empty || item == null || item.amount() == null ? null : money(item, t));
            }
        });
        return column;
    }

    static String money(Booking booking, Texts t) {
        var format = NumberFormat.getNumberInstance(t.locale());
        int scale = Math.max(0, booking.amount().scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return (booking.currency() == null ? "" : booking.currency() + " ") + format.format(booking.amount());
    }
}
