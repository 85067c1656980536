-- The plans (constants where the code binds parameters) of the statements an order and its consumers run, after the benchmark (psql -v order=<a recent order id>):
-- every one should be a key lookup or an index range, none a scan of a table that grows with history.
\pset pager off
\echo '-- processed-event duplicate check (one insert per poll, ON CONFLICT on the primary key)'
EXPLAIN (COSTS OFF) INSERT INTO processed_event (consumer, event_id, processed_at)
  SELECT 'mypage@0', id, now() FROM unnest(ARRAY['00000000-0000-0000-0000-000000000001'::uuid, :'order']) AS id
  ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id;
\echo '-- the former duplicate check'
EXPLAIN (COSTS OFF) SELECT event_id FROM processed_event WHERE consumer = 'mypage@0'
  AND event_id IN ('00000000-0000-0000-0000-000000000001', :'order');
\echo '-- reservation consumer: reservations of a poll''s orders'
EXPLAIN (COSTS OFF) SELECT * FROM reservation WHERE order_id IN (:'order', '00000000-0000-0000-0000-000000000001');
\echo '-- my page consumer: pages of a poll''s orders'
EXPLAIN (COSTS OFF) SELECT * FROM mypage WHERE generation = 0 AND order_id IN (:'order', '00000000-0000-0000-0000-000000000001');
\echo '-- notification consumer: which announcements exist'
EXPLAIN (COSTS OFF) SELECT id FROM notification WHERE id IN (:'order', '00000000-0000-0000-0000-000000000001');
\echo '-- dispatcher: due notifications (index on status, next attempt)'
EXPLAIN (COSTS OFF) SELECT n.id FROM notification n
  WHERE n.status IN ('PENDING', 'RETRYING') AND n.next_attempt_at <= now()
    AND (n.claimed_until IS NULL OR n.claimed_until < now())
    AND EXISTS (SELECT 1 FROM notification_recipient r WHERE r.order_id = n.order_id)
  ORDER BY n.next_attempt_at LIMIT 100;
\echo '-- the dispatcher''s former read-back of its claim (no index on claimed_by: a scan of every notification ever sent)'
EXPLAIN (COSTS OFF) SELECT id FROM notification WHERE claimed_by = '00000000-0000-0000-0000-000000000001';
\echo '-- reconciler: orders pending payment (PaymentChecks.due)'
EXPLAIN (COSTS OFF) SELECT o.id FROM orders o LEFT JOIN order_payment_check c ON c.order_id = o.id
  WHERE o.status = 'PENDING_PAYMENT' AND o.created_at < now() - interval '1 minute'
    AND (c.next_check_at IS NULL OR c.next_check_at <= now())
  ORDER BY COALESCE(c.next_check_at, o.created_at), o.id LIMIT 100;
