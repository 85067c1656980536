package gotohotel.desk.view;

import gotohotel.desk.viewmodel.BookingRow;
import gotohotel.desk.viewmodel.ReservationsViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Binds the reservations table's selection to the view-model's selected booking, both ways: the receptionist's
 * choice goes to the view-model ({@link ReservationsViewModel#tableSelected}, which ignores what the table does
 * while the rows change under it); once the table has taken a change, the selected booking is selected again.
 */
final class TableSelection {

    private final TableView<BookingRow> table;
    private final ReservationsViewModel reservations;
    /** Runs after the table's own listener on the rows (registered after the table was made). */
    private final ListChangeListener<BookingRow> settled = change -> settled();
    private boolean bound = true;

    private TableSelection(TableView<BookingRow> table, ReservationsViewModel reservations) {
        this.table = table;
        this.reservations = reservations;
    }

    /** @return the binding, to {@link #unbind()} when the screen is closed */
    static TableSelection bind(TableView<BookingRow> table, ReservationsViewModel reservations) {
        var selection = new TableSelection(table, reservations);
        reservations.sortedBookings().addListener(selection.settled);
        reservations.rowsSettled();   // the table's first sort changed the rows before this listened
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (selection.bound) {
                reservations.tableSelected(row);
            }
        });
        var current = reservations.selectedProperty().get();
        if (current != null && table.getItems().indexOf(current) >= 0) {   // a rebuilt screen keeps the selection
            table.getSelectionModel().select(table.getItems().indexOf(current));
        }
        return selection;
    }

    /**
     * Closed: the table, still showing the view-model's list until it is collected, may drop its selection when the
     * list changes; that must not clear the selection of the screen on show.
     */
    void unbind() {
        bound = false;
        reservations.sortedBookings().removeListener(settled);
    }

    private void settled() {
        reservations.rowsSettled();
        var current = reservations.selectedProperty().get();
        if (current != null && table.getSelectionModel().getSelectedItem() != current) {
            int at = table.getItems().indexOf(current);
            if (at >= 0) {
                table.getSelectionModel().clearAndSelect(at);
            }
        }
    }
}
