/**
 * Secrets and credentials shared by contexts: guest access tokens (HMAC of the order id), bearer token
 * parsing, the owner-only home directory and secret files written atomically.
 */
package gotohotel.backend.security;
