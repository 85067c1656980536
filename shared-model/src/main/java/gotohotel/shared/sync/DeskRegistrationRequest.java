package gotohotel.shared.sync;

/** A desk asks the server for its identity, under the name staff will see in the history (e.g. "Front desk 1"). */
public record DeskRegistrationRequest(String name) {
}
