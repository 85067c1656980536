/**
 * Payment: authorises and refunds through a payment provider behind a timeout and a circuit breaker,
 * and keeps the result (the provider's reference and the card's last four digits, never the number).
 */
package gotohotel.backend.payment;
