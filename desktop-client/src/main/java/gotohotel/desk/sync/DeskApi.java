package gotohotel.desk.sync;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** The backend endpoints the desk uses. */
interface DeskApi {

    @POST("api/staff/login")
    Call<StaffLoginResponse> login(@Body StaffLoginRequest request);

    @GET("api/sync/changes")
    Call<ChangesPage> changes(@Header("Authorization") String bearer, @Query("since") String since,
                              @Query("limit") int limit, @Query("waitSeconds") int waitSeconds);

    @GET("api/sync/reservations/{id}/history")
    Call<List<HistoryLineView>> history(@Header("Authorization") String bearer,
                                                                       @retrofit2.http.Path("id") String reservationId);

    @POST("api/sync/commands")
    Call<CommandBatchResult> commands(@Header("Authorization") String bearer,
                                      @Header(DeskRegistration.SECRET_HEADER) String deskSecret, @Body CommandBatch batch);

    @POST("api/sync/desks")
    Call<DeskRegistration> register(@Header("Authorization") String bearer, @Body DeskRegistrationRequest request);

    @GET("api/staff/reservations/{id}/room-suggestions")
    Call<List<RoomSuggestion>> roomSuggestions(@Header("Authorization") String bearer,
                                               @Path("id") UUID reservationId);

    @PUT("api/staff/reservations/{id}/room")
    Call<ReservationView> assignRoom(@Header("Authorization") String bearer, @Path("id") UUID reservationId,
                                     @Body RoomAssignmentRequest request);

    @GET("api/sync/staff")
    Call<List<StaffAccountState>> staffStates(@Header("Authorization") String bearer);

    /** Managers: occupancy and room revenue per night, {@code from} to {@code to} (ISO dates, both included). */
    @GET("api/staff/reports/occupancy")
    Call<OccupancyReport> occupancyReport(@Header("Authorization") String bearer, @Query("from") String from,
                                          @Query("to") String to);

    // --- staff accounts and desks (managers), one's own password (anyone) ---

    @GET("api/staff/accounts")
    Call<List<StaffAccountView>> staffAccounts(@Header("Authorization") String bearer);

    @POST("api/staff/accounts")
    Call<StaffAccountView> createStaffAccount(@Header("Authorization") String bearer, @Body NewStaffAccount account);

    @PATCH("api/staff/accounts/{username}")
    Call<StaffAccountView> changeStaffAccount(@Header("Authorization") String bearer,
                                              @Path("username") String username, @Body StaffAccountChange change);

    @POST("api/staff/accounts/{username}/password")
    Call<Void> resetPassword(@Header("Authorization") String bearer, @Path("username") String username,
                             @Body PasswordReset reset);

    @POST("api/staff/me/password")
    Call<Void> changeOwnPassword(@Header("Authorization") String bearer, @Body PasswordChange change);

    @GET("api/staff/desks")
    Call<List<DeskView>> desks(@Header("Authorization") String bearer);

    @POST("api/staff/desks/{deskId}/revoke")
    Call<DeskView> revokeDesk(@Header("Authorization") String bearer, @Path("deskId") UUID deskId);

    // --- rooms (everyone reads them; managers add, change and take them out of order) ---

    @GET("api/room-types")
    Call<List<RoomTypeView>> roomTypes();

    @GET("api/staff/rooms")
    Call<List<RoomView>> rooms(@Header("Authorization") String bearer);

    @POST("api/staff/rooms")
    Call<RoomView> addRoom(@Header("Authorization") String bearer, @Body NewRoom room);

    @PATCH("api/staff/rooms/{number}")
    Call<RoomView> changeRoom(@Header("Authorization") String bearer, @Path("number") String number,
                              @Body RoomChange change);

    @POST("api/staff/rooms/{number}/out-of-order")
    Call<RoomView> takeOutOfOrder(@Header("Authorization") String bearer, @Path("number") String number,
                                  @Body OutOfOrderRequest request);

    @DELETE("api/staff/rooms/{number}/out-of-order/{id}")
    Call<RoomView> backInOrder(@Header("Authorization") String bearer, @Path("number") String number,
                               @Path("id") long id);

    // --- bookings at the desk (reception, online) ---

    @GET("api/availability")
    Call<List<AvailabilityView>> availability(@Query("checkIn") LocalDate checkIn, @Query("checkOut") LocalDate checkOut,
                                              @Query("guests") int guests);

    @POST("api/staff/bookings")
    Call<OrderView> book(@Header("Authorization") String bearer, @Header("Idempotency-Key") String idempotencyKey,
                         @Body DeskBookingRequest booking);

    @PUT("api/staff/reservations/{id}/stay")
    Call<ReservationView> changeStay(@Header("Authorization") String bearer, @Path("id") UUID reservationId,
                                     @Body StayChangeRequest change);

    @PUT("api/staff/reservations/{id}/room-type")
    Call<ReservationView> changeRoomType(@Header("Authorization") String bearer, @Path("id") UUID reservationId,
                                         @Body RoomTypeChangeRequest change);
}
