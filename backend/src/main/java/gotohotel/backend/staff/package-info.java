/**
 * Staff: front-desk accounts (bcrypt), login and expiring bearer tokens (stored as SHA-256), and the
 * guard that admits only staff to {@code /api/staff/**}.
 */
package gotohotel.backend.staff;
