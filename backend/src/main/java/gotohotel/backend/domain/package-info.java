/**
 * The one error model: every refusal the application answers a caller with is a {@link
 * gotohotel.backend.domain.RefusalException} of one of a closed set of kinds (not found, a rule refusing the state,
 * invalid input, payment refused, temporarily unavailable, ...). Each names what went wrong and carries no HTTP
 * status: the web layer alone decides how each kind is answered.
 */
package gotohotel.backend.domain;
