/**
 * The HTTP edge shared by every context: RFC 9457 problem details for every error (domain refusals mapped
 * to their statuses here, and only here), the request size limit, and the operations endpoints that stay
 * on the public port.
 */
package gotohotel.backend.web;
