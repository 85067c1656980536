package gotohotel.desk.app;

import gotohotel.desk.service.DeskServices;
import gotohotel.desk.view.DeskFont;
import gotohotel.desk.view.DeskView;
import gotohotel.desk.view.LanguagePicker;
import gotohotel.desk.view.SignInView;
import gotohotel.desk.view.Texts;
import gotohotel.desk.viewmodel.DeskViewModel;
import gotohotel.desk.viewmodel.SignInViewModel;
import gotohotel.desk.viewmodel.GuestBookingsViewModel;
import gotohotel.desk.viewmodel.OnlineScreens;
import gotohotel.desk.viewmodel.RoomsViewModel;
import gotohotel.desk.viewmodel.StaffViewModel;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One desk window: its store, services and view-models, showing the sign-in screen or the desk. */
public final class DeskWindow implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeskWindow.class);

    private final DeskThreads threads = new DeskThreads();
    private final DeskServices services;
    private final FxUiExecutor ui;
    private final SignInViewModel signIn;
    private final DeskViewModel desk;
    private final StaffViewModel staff;
    private final OnlineScreens online;
    private Scene scene;
    private boolean signedIn;
    private boolean formDrawn;
    /** The desk screen on show (null while the sign-in form is). */
    private DeskView shownDesk;
    /** The desk screen built ahead, shown when a sign-in succeeds. */
    private final PreparedDesk preparedDesk = new PreparedDesk(this::deskView);
    /** desk.css and the rule naming the font family chosen for this system. */
    private List<String> stylesheets;

    private DeskWindow(DeskConfig config) {
        this.services = DeskServices.open(config.setup(), threads.sync, threads.services);
        this.ui = new FxUiExecutor(threads.screens);
        this.signIn = new SignInViewModel(services.access(), ui, config.serverUrl() == null
                ? config.defaultServer() : config.serverUrl(), config.serverUrl() != null);
        this.desk = new DeskViewModel(services.access(), services.bookings(), services.rooms(), services.dayLists(),
                ui, config.setup().clock());
        this.staff = new StaffViewModel(services.staff(), ui, desk.status().onlineProperty());
        this.online = new OnlineScreens(staff, new RoomsViewModel(services.roomAdministration(), ui,
                config.setup().clock()), new GuestBookingsViewModel(services.guestBookings(), ui, config.setup().clock()));
        Locale locale = config.locale() != null ? config.locale()
                : services.access().rememberedLanguage().map(Locale::forLanguageTag).orElse(Locale.getDefault());
        desk.localeProperty().set(locale);
        desk.load();   // the bookings are read while the window opens and staff sign in
        // then, not competing with the first window for the two cores a desk PC may have, the first sign-in
        desk.reservations().loadedProperty().subscribe(loaded -> {
            if (loaded) {
                threads.services.execute(services::warmUp);
            }
        });
    }

    /**
     * Opens the store and the services and starts reading the bookings (call off the FX thread: it migrates
     * the store file; it may run before the FX toolkit starts).
     */
    public static DeskWindow open(DeskConfig config) {
        return new DeskWindow(config);
    }

    /** Opens the window's store and services on a thread of its own, so the JavaFX toolkit starts meanwhile. */
    public static CompletableFuture<DeskWindow> opening(DeskConfig config) {
        var opening = new CompletableFuture<DeskWindow>();
        var thread = new Thread(() -> {
            try {
                opening.complete(open(config));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "desk-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** Shows the window (on the FX thread). */
    public void show(Stage stage) {
        ui.fxStarted();
        long choosing = System.nanoTime();
        var font = DeskFont.ofThisSystem();
        if (font.drawsHangul()) {
            log.info("The desk draws its text in {} (chosen in {} ms)", font.family(),
                    (System.nanoTime() - choosing) / 1_000_000);
        } else {
            log.warn("No font that draws Hangul was found, Korean shows as boxes: install one (fonts-noto-cjk on "
                    + "Debian and Ubuntu, google-noto-sans-cjk-fonts on Fedora)");
        }
        stylesheets = font.stylesheets();
        scene = new Scene(signInScreen(), 1280, 800);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        desk.localeProperty().subscribe(locale -> stage.setTitle(new Texts(locale).get("app.title")));
        // Ahead of the sign-in: once the form is drawn and the bookings are in, the desk screen is built off the
        // window while staff type (at the latest when they press Enter). Only when they press Enter, the FX thread
        // being theirs no longer, is it styled and laid out in a scene of its own while the password is checked in
        // the background, so a sign-in that succeeds only moves it into the window.
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    formDrawn = true;
                    prepareDeskWhenLoaded();
                });
            }
        });
        desk.reservations().loadedProperty().subscribe(loaded -> {
            if (loaded) {
                Platform.runLater(() -> {
                    prepareDeskWhenLoaded();
                    layOutStagedDesk();   // the table's first rows are laid out ahead too once Enter was pressed
                });
            }
        });
        signIn.busyProperty().subscribe(busy -> {
            if (busy) {
                Platform.runLater(this::stageDesk);
            }
        });
        stage.show();
    }

    private void prepareDeskWhenLoaded() {
        if (formDrawn && desk.reservations().loadedProperty().get()) {
            prepareDesk();
        }
    }

    private void prepareDesk() {
        if (!signedIn) {
            preparedDesk.prepare();
        }
    }

    /** Enter was pressed: the prepared screen is styled and laid out while the password is checked in the background. */
    private void stageDesk() {
        if (!signedIn) {
            preparedDesk.stage(scene, stylesheets);
        }
    }

    private void layOutStagedDesk() {
        if (!signedIn) {
            preparedDesk.layOutIfStaged();
        }
    }

    private void closeShownDesk() {
        if (shownDesk != null) {
            shownDesk.close();
            shownDesk = null;
        }
    }

    private Parent signInScreen() {
        var texts = new Texts(desk.localeProperty().get());
        return SignInView.build(signIn, texts, mode -> {
            desk.opened(signIn.usernameProperty().get(), mode);
            staff.refreshRole();
            signedIn = true;
            shownDesk = preparedDesk.take();
            scene.setRoot(shownDesk.root());
            shownDesk.prepareRackWhenQuiet();
        }, LanguagePicker.build(texts.locale(), this::switchLanguage));
    }

    private DeskView deskView() {
        var view = new DeskView(desk, online, new Texts(desk.localeProperty().get()), () -> {
            signedIn = false;
            closeShownDesk();
            scene.setRoot(signInScreen());
        }, this::switchLanguage);
        view.build();
        return view;
    }

    /** Builds the screen again in the chosen language; the state lives in the view-models and stays. */
    private void switchLanguage(Locale locale) {
        desk.switchLanguage(locale);
        preparedDesk.drop();
        closeShownDesk();
        if (signedIn) {
            shownDesk = deskView();
            scene.setRoot(shownDesk.root());
            shownDesk.prepareRackWhenQuiet();
        } else {
            scene.setRoot(signInScreen());
        }
    }

    @Override
    public void close() {
        threads.finishScreenWork();   // decisions being written to the store finish before it closes
        services.close();
        threads.stop();
    }
}
