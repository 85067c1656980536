/**
 * Request and response bodies of the GotoHotel HTTP API, shared by the backend and its clients.
 */
package gotohotel.shared.api;
