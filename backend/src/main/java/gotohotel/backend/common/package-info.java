/**
 * The shared kernel: money, problem details for every error, idempotent event consumption and the
 * Kafka plumbing that carries every context's events.
 */
package gotohotel.backend.common;
