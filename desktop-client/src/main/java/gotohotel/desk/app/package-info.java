/**
 * Starts the desk: {@link gotohotel.desk.app.DeskLauncher} (a plain main class, as JavaFX on the class path
 * needs) reads {@code GOTOHOTEL_SERVER_URL} and {@code GOTOHOTEL_DESK_HOME}, wires store, services,
 * view-models and views, and swaps the sign-in and desk screens.
 */
package gotohotel.desk.app;
