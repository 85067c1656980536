/**
 * The exceptions a domain rule raises — a refused transition, a temporarily unavailable dependency — with
 * no HTTP status: the web layer decides how each is answered.
 */
package gotohotel.backend.domain;
