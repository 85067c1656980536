package gotohotel.desk.view;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** English or 한국어, each named in its own language. */
public final class LanguagePicker {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

    private LanguagePicker() {
    }

    public static ComboBox<Locale> build(Locale current, Consumer<Locale> chosen) {
        var box = new ComboBox<Locale>();
        box.setId("language");
        box.getItems().setAll(LANGUAGES);
        box.setValue(LANGUAGES.stream().filter(l -> l.getLanguage().equals(current.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH));
        box.setCellFactory(list -> cell());
        box.setButtonCell(cell());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                chosen.accept(now);
            }
        });
        return box;
    }

    private static ListCell<Locale> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Locale item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getDisplayLanguage(item));
            }
        };
    }
}
