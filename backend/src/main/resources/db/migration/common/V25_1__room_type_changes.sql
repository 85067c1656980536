-- Another room type for a booking (issue 20 point 2, decision record 52): a dearer type is held, charged, then applied
-- like nights added, so the pending change names both types; null for a change of dates.
ALTER TABLE order_stay_change ADD COLUMN room_type VARCHAR(50);
ALTER TABLE order_stay_change ADD COLUMN previous_room_type VARCHAR(50);
