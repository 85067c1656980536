-- Preloads :n historical orders, set-based (psql -v n=1000000 -f preload.sql), so the benchmark shows whether any
-- cost grows with the hotel's history. Each order leaves the rows a paid order leaves in every context (its hold,
-- payment and provider ledger entry, the hotel's reservation with its history line and change position, the
-- guest's my page with a history line and a message, the notification recipient and its sent notification, and the
-- 4 processed-event rows of its 2 events (OrderPaid: reservation, my page and notification; GuestNotified: my page;
-- decision record 55), then checked out over the
-- last ~2 years (one order a minute), so no job of today picks them up. event_publication stays empty, as it
-- is once events are delivered.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE preload AS
SELECT gen_random_uuid() AS id, gen_random_uuid() AS reservation_id, gen_random_uuid() AS notification_id,
       g, now() - ((:n - g + 1) * interval '1 minute') - interval '1 day' AS at
FROM generate_series(1, :n) g;
ALTER TABLE preload ADD COLUMN check_in date;
UPDATE preload SET check_in = (at + interval '7 days')::date - 14;

INSERT INTO orders (id, version, status, guest_name, phone, room_type, check_in, check_out, guest_count, total_price,
                    currency, nightly_rate, charged_amount, free_cancellation_until, late_cancellation_fee,
                    access_token_hash, created_at, updated_at)
SELECT id, 4, 'CHECKED_OUT', 'Preloaded Guest ' || g, '01012345678', 'BENCH', check_in, check_in + 1, 2, 100000, 'KRW',
       100000, 100000, check_in - 3, 100000, md5(id::text) || md5(reservation_id::text), at, at + interval '8 days'
FROM preload;

INSERT INTO room_hold (order_id, room_type, check_in, check_out, created_at)
SELECT id, 'BENCH', check_in, check_in + 1, at FROM preload;

INSERT INTO payment_simulated_ledger (idempotency_key, kind, order_id, approved, reference, card_last4, amount, currency,
                                      created_at)
SELECT id::text, 'AUTHORIZATION', id, true, 'sim_' || notification_id, '4242', 100000, 'KRW', at FROM preload;

INSERT INTO payment (order_id, version, status, amount, refunded_amount, currency, card_last4, provider_reference,
                     created_at, updated_at, refund_owed_amount)
SELECT id, 0, 'APPROVED', 100000, 0, 'KRW', '4242', 'sim_' || notification_id, at, at, 0 FROM preload;

INSERT INTO reservation (id, order_id, version, status, guest_name, room_type, check_in, check_out, guest_count,
                         updated_by, created_at, updated_at, phone, amount, currency, change_position)
SELECT reservation_id, id, 3, 'CHECKED_OUT', 'Preloaded Guest ' || g, 'BENCH', check_in, check_in + 1, 2, 'admin', at,
       at + interval '8 days', '01012345678', 100000, 'KRW',
       (SELECT last_position FROM reservation_change_counter WHERE id = 1) + g
FROM preload;
UPDATE reservation_change_counter SET last_position = last_position + :n WHERE id = 1;

INSERT INTO reservation_history (reservation_id, version, status, action, staff, decided_at, applied_at)
SELECT reservation_id, 0, 'PENDING_CONFIRMATION', 'CREATE', 'system', at, at FROM preload;

INSERT INTO mypage (generation, order_id, version, guest_name, room_type, check_in, check_out, guest_count, total_price,
                    currency, order_status, payment_status, reservation_status, refunded_amount, updated_at)
SELECT (SELECT live FROM mypage_generation WHERE id = 1), id, 2, 'Preloaded Guest ' || g, 'BENCH', check_in,
       check_in + 1, 2, 100000, 'KRW', 'CHECKED_OUT', 'APPROVED', 'CHECKED_OUT', 0, at + interval '8 days'
FROM preload;

INSERT INTO mypage_history (generation, order_id, status, at)
SELECT (SELECT live FROM mypage_generation WHERE id = 1), id, 'PAID', at FROM preload;

INSERT INTO mypage_message (generation, order_id, notification_id, channel, text, status, at)
SELECT (SELECT live FROM mypage_generation WHERE id = 1), id, notification_id, 'log',
       'Preloaded Guest ' || g || '님, 결제가 완료되어 호텔에 예약을 요청했습니다. 객실: BENCH', 'SENT', at
FROM preload;

INSERT INTO notification_recipient (order_id, guest_name, phone, room_type, check_in, check_out, total_price, currency)
SELECT id, 'Preloaded Guest ' || g, '01012345678', 'BENCH', check_in, check_in + 1, 100000, 'KRW' FROM preload;

INSERT INTO notification (id, version, order_id, announces, channel, amount, source_event, text, status, attempts,
                          next_attempt_at, created_at, updated_at)
SELECT notification_id, 1, id, 'PAID', 'log', 100000,
       format('{"type":"OrderPaid","eventId":"%s","occurredAt":"%s","orderId":"%s","booking":{"guestName":"Preloaded Guest %s","phone":"01012345678","roomType":"BENCH","checkIn":"%s","checkOut":"%s","guestCount":2},"amount":100000,"currency":"KRW","cardLast4":"4242"}',
              gen_random_uuid(), at, id, g, check_in, check_in + 1),
       'Preloaded Guest ' || g || '님, 결제가 완료되어 호텔에 예약을 요청했습니다. 객실: BENCH', 'SENT', 1, at, at, at
FROM preload;

INSERT INTO processed_event (consumer, event_id, processed_at)
SELECT consumer, gen_random_uuid(), at
FROM preload CROSS JOIN (VALUES ('reservation'), ('mypage@0'), ('mypage@0'), ('notification')) AS c(consumer);

DROP TABLE preload;
VACUUM ANALYZE orders, room_hold, payment_simulated_ledger, payment, reservation, reservation_history, mypage,
    mypage_history, mypage_message, notification_recipient, notification, processed_event;
