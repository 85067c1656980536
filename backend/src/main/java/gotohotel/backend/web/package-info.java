/**
 * The HTTP edge shared by every context: RFC 9457 problem details for every error — each kind of refusal from
 * {@code gotohotel.backend.domain} gets its status here, in one table ({@link
 * gotohotel.backend.web.ProblemDetailsAdvice}), and only here; every problem type is listed in {@link
 * gotohotel.backend.web.ProblemTypes} — the request size limit, and the operations endpoints that stay on the public
 * port.
 */
package gotohotel.backend.web;
