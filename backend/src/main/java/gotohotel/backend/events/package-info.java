/**
 * The Kafka plumbing that carries every context's events: externalisation from the publication registry,
 * resubmission, idempotent consumption (processed event ids), per-record failure handling, retries for
 * transient failures, dead letters and their replay.
 */
package gotohotel.backend.events;
