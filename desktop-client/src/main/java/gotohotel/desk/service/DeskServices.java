package gotohotel.desk.service;

import gotohotel.desk.store.DeskHome;
import gotohotel.desk.store.DeskStore;
import gotohotel.desk.sync.SyncSettings;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The desk's services over one local store: {@link #access()} (signing in and out), {@link #bookings()} (the
 * bookings, decisions, history and sync status) and {@link #staff()} (accounts and desks) and {@link #roomAdministration()} (managing the rooms), sharing the connection
 * the access opens; {@link #rooms()} the rooms and the stays in them. Closing them signs out, and closes the store if they opened it.
 */
public final class DeskServices implements AutoCloseable {

    private final DeskStore store;
    private final boolean ownsStore;
    private final DeskAccess access;
    private final DeskBookings bookings;
    private final DeskRooms rooms;
    private final DeskDayLists dayLists;
    private final OnlineStaffAdministration staff;
    private final OnlineRoomAdministration roomAdministration;
    private final OnlineGuestBookings guestBookings;

    /**
     * @param syncThreads runs the engine's two loops (they block on the network): give it at least two threads
     * @param work the services' own background thread (coalesced refreshes, sign-in retries)
     */
    public DeskServices(DeskStore store, ExecutorService syncThreads, ScheduledExecutorService work, Clock clock,
                        SyncSettings settings) {
        this(store, false, syncThreads, work, clock, settings);
    }

    private DeskServices(DeskStore store, boolean ownsStore, ExecutorService syncThreads,
                         ScheduledExecutorService work, Clock clock, SyncSettings settings) {
        this.store = store;
        this.ownsStore = ownsStore;
        var kept = new KeptPasswords(store, clock);
        var feed = new StatusFeed(DeskStatus.offline(store.queuedCount(), store.position().lastSyncAt()));
        this.access = new DeskAccess(store, syncThreads, work, clock, settings, kept, feed);
        this.staff = new OnlineStaffAdministration(access::connection, kept::changedHere, kept::forget);
        this.roomAdministration = new OnlineRoomAdministration(access::connection);

        this.bookings = new DeskBookings(store, work, access::connection, feed, clock);
        this.rooms = new DeskRooms(store, access::connection, clock);
        this.dayLists = new DeskDayLists(store, access::connection, clock, new DayListsPdf(DayListsPdf.FONTS));
        this.guestBookings = new OnlineGuestBookings(access::connection, store, bookings);
    }

    /** Opens (and migrates) the store under the setup's home; closing the services closes it. */
    public static DeskServices open(DeskSetup setup, ExecutorService syncThreads, ScheduledExecutorService work) {
        var defaults = SyncSettings.defaults();
        var settings = new SyncSettings(defaults.batchSize(), defaults.pageSize(), defaults.waitSeconds(),
                defaults.backoffBase(), setup.retryCap(), defaults.idle());
        var store = DeskStore.open(new DeskHome(setup.home()));
        return new DeskServices(store, true, syncThreads, work, setup.clock(), settings);
    }

    public AccessService access() {
        return access;
    }

    public BookingService bookings() {
        return bookings;
    }

    /** The rooms, the stays in them and the room commands (the room rack). */
    public RoomService rooms() {
        return rooms;
    }

    /** The day's lists (printable) and the managers' occupancy report. */
    public DayListService dayLists() {
        return dayLists;
    }

    /** Staff accounts and desks (managers) and one's own password, over the current connection. */
    public StaffAdministration staff() {
        return staff;
    }

    /** The hotel's rooms as managers manage them (add, rename, move, out of service or order), online. */
    public RoomAdministration roomAdministration() {
        return roomAdministration;
    }

    /** Bookings reception makes for guests at the desk (online). */
    public GuestBookings guestBookings() {
        return guestBookings;
    }

    /** Prepares the first sign-in while the form is shown (nothing sent, nothing stored); never fails the desk. */
    public void warmUp() {
        access.warmUp();
    }

    @Override
    public void close() {
        access.disconnect();
        if (ownsStore) {
            store.close();
        }
    }
}
