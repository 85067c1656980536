/**
 * The HTTP edge shared by every context: RFC 9457 problem details for every error — each kind of refusal from
 * {@code gotohotel.backend.domain} gets its status here, in one table ({@link
 * gotohotel.backend.web.ProblemDetailsAdvice}), and only here; every problem type is listed in {@link
 * gotohotel.backend.web.ProblemTypes} — the request size limit, the orders limit per client address, the security
 * headers every answer carries (the guest pages' Content-Security-Policy, no referrer), and the operations endpoints
 * that stay on the public port. The guest pages themselves are static files ({@code resources/static}, decision
 * records 53 and 54).
 */
package gotohotel.backend.web;
