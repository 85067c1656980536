-- Changing a stay (issue 20 point 2, decision record 52). The order keeps what a change needs to price and settle
-- nights: the nightly rate it was booked at, what the guest was charged in all, the part of the cancellation
-- policy's late fee already kept by an earlier change (kept at most once per booking), and how many times its stay
-- was changed (the number my page uses to keep the newest dates whatever order events arrive in).
ALTER TABLE orders ADD COLUMN nightly_rate NUMERIC(12, 2);
UPDATE orders SET nightly_rate = ROUND(total_price / GREATEST(check_out - check_in, 1), 2);
ALTER TABLE orders ALTER COLUMN nightly_rate SET NOT NULL;
ALTER TABLE orders ADD COLUMN charged_amount NUMERIC(12, 2);
UPDATE orders SET charged_amount = total_price;
ALTER TABLE orders ALTER COLUMN charged_amount SET NOT NULL;
ALTER TABLE orders ADD COLUMN fee_kept NUMERIC(12, 2) NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN stay_changes INT NOT NULL DEFAULT 0;

-- my page: the number of the newest stay change folded in (0: the dates as booked)
ALTER TABLE mypage ADD COLUMN stay_change INT NOT NULL DEFAULT 0;
