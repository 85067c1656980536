/**
 * The screens' state and commands as JavaFX properties and lists, with no scene-graph types and no I/O:
 * view-models call the services through an injected {@link gotohotel.desk.viewmodel.UiExecutor}, which runs
 * the work in the background and hands the result back on the UI thread (a same-thread one in tests).
 */
package gotohotel.desk.viewmodel;
