package gotohotel.desk.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gotohotel.shared.api.AvailabilityView;
import gotohotel.shared.api.DeskBookingRequest;
import gotohotel.shared.api.NewRoom;
import gotohotel.shared.api.OrderView;
import gotohotel.shared.api.NewStaffAccount;
import gotohotel.shared.api.OccupancyReport;
import gotohotel.shared.api.OutOfOrderRequest;
import gotohotel.shared.api.PasswordChange;
import gotohotel.shared.api.PasswordReset;
import gotohotel.shared.api.ReservationView;
import gotohotel.shared.api.RoomAssignmentRequest;
import gotohotel.shared.api.RoomChange;
import gotohotel.shared.api.RoomSuggestion;
import gotohotel.shared.api.RoomTypeView;
import gotohotel.shared.api.RoomView;
import gotohotel.shared.api.RoomTypeChangeRequest;
import gotohotel.shared.api.StayChangeRequest;
import gotohotel.shared.api.StaffAccountChange;
import gotohotel.shared.api.StaffAccountState;
import gotohotel.shared.api.StaffAccountView;
import gotohotel.shared.api.StaffLoginRequest;
import gotohotel.shared.api.StaffLoginResponse;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandBatch;
import gotohotel.shared.sync.CommandBatchResult;
import gotohotel.shared.sync.DeskRegistration;
import gotohotel.shared.sync.DeskRegistrationRequest;
import gotohotel.shared.sync.DeskView;
import gotohotel.shared.sync.HistoryLineView;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** The desk's HTTP link to the backend (Retrofit over OkHttp); every call answers, none throws. */
public final class ServerLink implements AutoCloseable {

    /** The longest a history request may wait: staff see this desk's own knowledge long before. */
    static final Duration HISTORY_TIMEOUT = Duration.ofSeconds(10);

    private final OkHttpClient http;
    private final DeskApi api;
    private final AnswerReader answers;

    ServerLink(OkHttpClient http, DeskApi api, ObjectMapper json) {
        this.http = http;
        this.api = api;
        this.answers = new AnswerReader(json);
    }

    /**
     * @param timeout the longest a request may take without an answer; must exceed the long-poll wait
     */
    public static ServerLink to(String baseUrl, Duration timeout) {
        var http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5)).readTimeout(timeout)
                .writeTimeout(timeout).callTimeout(timeout.plusSeconds(5))
                .retryOnConnectionFailure(false)   // the engine retries, and knows what it is retrying
                .build();
        var json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        var retrofit = new Retrofit.Builder().baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/").client(http)
                .addConverterFactory(JacksonConverterFactory.create(json)).build();
        return new ServerLink(http, retrofit.create(DeskApi.class), json);
    }

    /**
     * Loads and initialises what a first sign-in needs (the HTTP client, Retrofit's proxy, the JSON mapping of
     * a sign-in request) without sending anything, so staff pressing Enter do not wait for class loading.
     */
    public static void warmUp() {
        try (var link = to("http://127.0.0.1/", Duration.ofSeconds(1))) {
            link.api.login(new StaffLoginRequest("warm-up", "warm-up")).request();
        }
    }

    /**
     * Signs in. Only a server that does not answer (no connection, a timeout, 502–504) is UNREACHABLE here: a
     * 429 is the server refusing more attempts for now and must never open the desk on a locally kept hash.
     */
    Answer<StaffLoginResponse> login(String username, String password) {
        try {
            var response = api.login(new StaffLoginRequest(username, password)).execute();
            int status = response.code();
            if (status == 429 || (status >= 400 && status < 500 && status != 408 && status != 401)) {
                String retryAfter = response.headers().get("Retry-After");
                try (var body = response.errorBody()) {
                    return Answer.of(Answer.Kind.REFUSED, status == 429
                            ? "too many sign-in attempts; try again" + (retryAfter == null ? " later"
                                    : " in " + retryAfter + " s")
                            : "HTTP " + status);
                }
            }
            if (status == 500 || status == 501 || status == 505) {
                return Answer.of(Answer.Kind.REFUSED, "HTTP " + status + " from the server");
            }
            return answers.read(response);
        } catch (IOException | RuntimeException e) {
            return Answer.of(Answer.Kind.UNREACHABLE, e.getClass().getSimpleName());   // the screens say the rest
        }
    }

    Answer<ChangesPage> changes(String token, String cursor, int limit, int waitSeconds) {
        return answers.send(api.changes(bearer(token), cursor, limit, waitSeconds));
    }

    Answer<CommandBatchResult> commands(String token, String deskSecret, CommandBatch batch) {
        return answers.send(api.commands(bearer(token), deskSecret, batch));
    }

    /** Asks the server for this desk's identity, under the name staff see in histories. */
    Answer<DeskRegistration> register(String token, String deskName) {
        return answers.send(api.register(bearer(token), new DeskRegistrationRequest(deskName)));
    }

    /** Who may sign in and when each password was set: what keeps the desk's offline sign-in honest. */
    Answer<List<StaffAccountState>> staffStates(String token) {
        return answers.send(api.staffStates(bearer(token)));
    }

    /**
     * The server's audit trail of one reservation, oldest first, asked without blocking; it completes empty when the
     * server cannot say now (offline, not signed in, no answer within {@link #HISTORY_TIMEOUT}, or an older server
     * without the endpoint). Cancelling it cancels the request.
     */
    public CompletableFuture<Optional<List<HistoryLineView>>> history(StaffSession session, UUID reservationId) {
        var token = session.token();
        if (token.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        var call = api.history(bearer(token.get()), reservationId.toString());
        call.timeout().timeout(HISTORY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);   // not the long poll's minute
        var trail = new CompletableFuture<Optional<List<HistoryLineView>>>();
        call.enqueue(new Callback<>() {
            @Override
            public void onResponse(Call<List<HistoryLineView>> answered, Response<List<HistoryLineView>> response) {
                Answer<List<HistoryLineView>> answer;
                try {
                    answer = answers.read(response);
                } catch (IOException | RuntimeException e) {
                    answer = Answer.of(Answer.Kind.UNREACHABLE, e.getClass().getSimpleName());
                }
                if (answer.kind() == Answer.Kind.UNAUTHORIZED) {
                    session.expired(token.get());
                }
                trail.complete(answer.kind() == Answer.Kind.OK ? Optional.of(answer.body()) : Optional.empty());
            }

            @Override
            public void onFailure(Call<List<HistoryLineView>> failed, Throwable cause) {
                trail.complete(Optional.empty());
            }
        });
        trail.whenComplete((lines, failure) -> {
            if (trail.isCancelled()) {
                call.cancel();   // nobody waits for it any more
            }
        });
        return trail;
    }

    /**
     * Online only: gives the stay the first room the server suggests of its booked type, before the desk checks the
     * guest in (a guest is checked in to a room). The room the stay holds already comes first, so an assignment made
     * earlier stands. Empty when the server cannot (not signed in, no answer, no free room of the type): the check-in
     * is then sent without a room and the server answers why it was not applied.
     */
    public Optional<String> giveSuggestedRoom(StaffSession session, UUID reservationId) {
        var suggested = asStaff(session, bearer -> answers.send(api.roomSuggestions(bearer, reservationId)));
        if (suggested.kind() != Answer.Kind.OK || suggested.body() == null) {
            return Optional.empty();
        }
        var held = suggested.body().stream().filter(RoomSuggestion::held).map(RoomSuggestion::number).findFirst();
        if (held.isPresent()) {
            return held;   // given before (at the desk, the rack or another desk): it stands
        }
        var room = suggested.body().stream().filter(suggestion -> !suggestion.upgrade())
                .map(RoomSuggestion::number).findFirst();
        if (room.isEmpty()) {
            return room;
        }
        var assigned = asStaff(session, bearer -> answers.send(api.assignRoom(bearer, reservationId,
                new RoomAssignmentRequest(room.get(), null, null))));
        return assigned.kind() == Answer.Kind.OK ? room : Optional.empty();
    }

    /** Managers only (403 to anyone else), online only: occupancy and room revenue per night of the range. */
    public Answer<OccupancyReport> occupancyReport(StaffSession session, LocalDate from, LocalDate to) {
        return asStaff(session, bearer -> answers.send(api.occupancyReport(bearer, from.toString(), to.toString())));
    }

    // --- staff accounts and desks: managers only (the server answers 403 to anyone else), online only ---------

    public Answer<List<StaffAccountView>> staffAccounts(StaffSession session) {
        return asStaff(session, bearer -> answers.send(api.staffAccounts(bearer)));
    }

    public Answer<StaffAccountView> createStaffAccount(StaffSession session, NewStaffAccount account) {
        return asStaff(session, bearer -> answers.send(api.createStaffAccount(bearer, account)));
    }

    /** Renames, re-roles, disables or re-enables an account; a null field stays as it is. */
    public Answer<StaffAccountView> changeStaffAccount(StaffSession session, String username,
                                                       StaffAccountChange change) {
        return asStaff(session, bearer -> answers.send(api.changeStaffAccount(bearer, username, change)));
    }

    /** A manager sets someone's password (the password is sent once, never kept or logged). */
    public Answer<Void> resetPassword(StaffSession session, String username, String password) {
        return asStaff(session, bearer -> answers.sendNoContent(api.resetPassword(bearer, username, new PasswordReset(password))));
    }

    /** Anyone signed in: their own new password, proven by the current one (neither kept nor logged). */
    public Answer<Void> changeOwnPassword(StaffSession session, String current, String next) {
        return asStaff(session, bearer -> answers.sendNoContent(api.changeOwnPassword(bearer, new PasswordChange(current, next))));
    }

    public Answer<List<DeskView>> desks(StaffSession session) {
        return asStaff(session, bearer -> answers.send(api.desks(bearer)));
    }

    public Answer<DeskView> revokeDesk(StaffSession session, UUID deskId) {
        return asStaff(session, bearer -> answers.send(api.revokeDesk(bearer, deskId)));
    }

    // --- rooms: managers change them (the server answers 403 to anyone else), online only -----------------

    public Answer<List<RoomTypeView>> roomTypes() {
        return answers.send(api.roomTypes());
    }

    public Answer<List<RoomView>> rooms(StaffSession session) {
        return asStaff(session, bearer -> answers.send(api.rooms(bearer)));
    }

    public Answer<RoomView> addRoom(StaffSession session, NewRoom room) {
        return asStaff(session, bearer -> answers.send(api.addRoom(bearer, room)));
    }

    /** Renames, moves to another type or flags out of service; a null field stays as it is. */
    public Answer<RoomView> changeRoom(StaffSession session, String number, RoomChange change) {
        return asStaff(session, bearer -> answers.send(api.changeRoom(bearer, number, change)));
    }

    public Answer<RoomView> takeOutOfOrder(StaffSession session, String number, OutOfOrderRequest request) {
        return asStaff(session, bearer -> answers.send(api.takeOutOfOrder(bearer, number, request)));
    }

    public Answer<RoomView> backInOrder(StaffSession session, String number, long outOfOrderId) {
        return asStaff(session, bearer -> answers.send(api.backInOrder(bearer, number, outOfOrderId)));
    }

    // --- bookings made at the desk: reception, online only ------------------------------------------------

    /** Room types free for the stay, with the stay's price (the guests' own availability). */
    public Answer<List<AvailabilityView>> availability(LocalDate checkIn, LocalDate checkOut, int guests) {
        return answers.send(api.availability(checkIn, checkOut, guests));
    }

    /** Books for a guest; the same key sent again is the same booking (a retry after a lost answer). */
    public Answer<OrderView> book(StaffSession session, DeskBookingRequest booking, String idempotencyKey) {
        return asStaff(session, bearer -> answers.send(api.book(bearer, idempotencyKey, booking)));
    }

    /** New dates for a booking: fewer nights refunded, nights added charged to the card (decision 52). */
    public Answer<ReservationView> changeStay(StaffSession session, UUID reservationId, StayChangeRequest change) {
        return asStaff(session, bearer -> answers.send(api.changeStay(bearer, reservationId, change)));
    }

    /** Another room type for a booking (decision record 52): reception, online only. */
    public Answer<ReservationView> changeRoomType(StaffSession session, UUID reservationId,
                                                  RoomTypeChangeRequest change) {
        return asStaff(session, bearer -> answers.send(api.changeRoomType(bearer, reservationId, change)));
    }

    /** Sends with the session's token; a 401 forgets it (the desk then asks staff to sign in again). */
    private <T> Answer<T> asStaff(StaffSession session, Function<String, Answer<T>> request) {
        var token = session.token();
        if (token.isEmpty()) {
            return Answer.of(Answer.Kind.UNAUTHORIZED, "not signed in");
        }
        var answer = request.apply(bearer(token.get()));
        if (answer.kind() == Answer.Kind.UNAUTHORIZED) {
            session.expired(token.get());
        }
        return answer;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Cancels the requests in flight (a waiting long poll too) and releases the connections. */
    @Override
    public void close() {
        http.dispatcher().cancelAll();
        http.connectionPool().evictAll();
    }
}
