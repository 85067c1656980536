package gotohotel.desk.view;

import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.StaffViewModel;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/**
 * The day's lists tab, and the occupancy report's tab for managers (added while the signed-in person is one): each
 * built when first chosen, read again whenever chosen.
 */
final class DayTabs {

    private DayTabs() {
    }

    static void add(TabPane tabs, DeskViewModel model, StaffViewModel staff, Texts t, Supplier<Window> window) {
        var lists = new Tab(t.get("tab.lists"));
        lists.setId("listsTab");
        lists.setOnSelectionChanged(e -> {
            if (!lists.isSelected()) {
                model.dayLists().hidden();
                return;
            }
            if (lists.getContent() == null) {
                lists.setContent(DayListsView.build(model.dayLists(), t, () -> model.userProperty().get(),
                        DayListsView.saveDialog(window, t)));
            }
            model.dayLists().show();
        });
        tabs.getTabs().add(lists);
        if (staff == null) {
            return;   // no roles known: no report
        }
        var report = new Tab(t.get("tab.report"));
        report.setId("reportTab");
        report.setOnSelectionChanged(e -> {
            if (!report.isSelected()) {
                return;
            }
            if (report.getContent() == null) {
                report.setContent(ReportView.build(model.report(), t));
            }
            model.report().show();
        });
        ChangeListener<Boolean> follow = (value, was, manager) -> showReport(tabs, report, manager);
        tabs.getProperties().put(DayTabs.class, follow);   // weakly, kept by the tabs: a rebuilt screen lets go
        staff.managerProperty().addListener(new WeakChangeListener<>(follow));
        showReport(tabs, report, staff.managerProperty().get());
    }

    private static void showReport(TabPane tabs, Tab report, boolean manager) {
        if (manager && !tabs.getTabs().contains(report)) {
            tabs.getTabs().add(report);
        } else if (!manager) {
            tabs.getTabs().remove(report);
        }
    }
}
