-- Bookings made at the desk (issue 20, decision record 49): who booked, how the guest paid, who took the money,
-- and refunds of money taken at the counter, which are handed back there rather than sent to the provider.
ALTER TABLE orders ADD COLUMN booked_by VARCHAR(64);
ALTER TABLE payment ADD COLUMN method VARCHAR(16) NOT NULL DEFAULT 'CARD';
ALTER TABLE payment ADD COLUMN taken_by VARCHAR(64);
