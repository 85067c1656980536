package gotohotel.desk.sync;

import gotohotel.shared.api.StaffAccountState;
import gotohotel.shared.api.StaffLoginRequest;
import gotohotel.shared.api.StaffLoginResponse;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.CommandBatch;
import gotohotel.shared.sync.CommandBatchResult;
import gotohotel.shared.sync.DeskRegistration;
import gotohotel.shared.sync.DeskRegistrationRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** The backend endpoints the desk uses. */
interface DeskApi {

    @POST("api/staff/login")
    Call<StaffLoginResponse> login(@Body StaffLoginRequest request);

    @GET("api/sync/changes")
    Call<ChangesPage> changes(@Header("Authorization") String bearer, @Query("since") String since,
                              @Query("limit") int limit, @Query("waitSeconds") int waitSeconds);

    @GET("api/sync/reservations/{id}/history")
    Call<java.util.List<gotohotel.shared.sync.HistoryLineView>> history(@Header("Authorization") String bearer,
                                                                       @retrofit2.http.Path("id") String reservationId);

    @POST("api/sync/commands")
    Call<CommandBatchResult> commands(@Header("Authorization") String bearer,
                                      @Header(DeskRegistration.SECRET_HEADER) String deskSecret, @Body CommandBatch batch);

    @POST("api/sync/desks")
    Call<DeskRegistration> register(@Header("Authorization") String bearer, @Body DeskRegistrationRequest request);

    @GET("api/sync/staff")
    Call<java.util.List<StaffAccountState>> staffStates(@Header("Authorization") String bearer);
}
