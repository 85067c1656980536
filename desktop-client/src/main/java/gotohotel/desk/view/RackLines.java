package gotohotel.desk.view;

import gotohotel.desk.viewmodel.RackRow;
import java.util.ArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The rack's lines as its table holds them: a holder per line of the view model, so that a line read again is set in
 * its holder and only that line's cells are drawn again. A {@code TableView} takes a line replaced in its items for a
 * change of all of them and rebuilds every visible cell (about 0.1 s for a screen of the rack, software rendered);
 * lines added or removed, or a line of another kind (its row is styled by kind), put new holders in all at once.
 */
final class RackLines implements ListChangeListener<RackRow> {

    /** A line of the rack: the line shown in this place of the table, set again when it is read again. */
    static final class Line extends SimpleObjectProperty<RackRow> {

        Line(RackRow row) {
            super(row);
        }
    }

    private final ObservableList<RackRow> rows;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    private RackLines(ObservableList<RackRow> rows) {
        this.rows = rows;
        lines.setAll(rows.stream().map(Line::new).toList());
    }

    /** The lines of the table, following the view model's {@code rows} from now on. */
    static ObservableList<Line> following(ObservableList<RackRow> rows) {
        var following = new RackLines(rows);
        rows.addListener(following);
        return following.lines;
    }

    @Override
    public void onChanged(Change<? extends RackRow> change) {
        var inPlace = new ArrayList<Integer>();
        while (change.next()) {
            if (!change.wasReplaced() || change.getAddedSize() != change.getRemovedSize()
                    || rows.size() != lines.size()) {
                lines.setAll(rows.stream().map(Line::new).toList());
                return;
            }
            for (int i = change.getFrom(); i < change.getTo(); i++) {
                if (rows.get(i).kind() != lines.get(i).get().kind()) {
                    lines.setAll(rows.stream().map(Line::new).toList());
                    return;
                }
                inPlace.add(i);
            }
        }
        inPlace.forEach(i -> lines.get(i).set(rows.get(i)));
    }
}
