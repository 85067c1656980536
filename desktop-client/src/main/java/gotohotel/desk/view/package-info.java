/**
 * The desk's screens, built in code and styled by {@code desk.css}: each view builds its nodes and binds them
 * to a view-model; every text comes from the {@code messages} bundles. No I/O here.
 */
package gotohotel.desk.view;
