/**
 * Notification: tells the guest about every status change they care about, once per channel. A durable
 * record per (order, announced status, channel) makes redelivered events harmless; delivery is retried
 * with backoff and ends SENT or FAILED, never silently. Channels: {@code log} (default) and KakaoTalk
 * AlimTalk through a business-message provider.
 */
package gotohotel.backend.notification;
