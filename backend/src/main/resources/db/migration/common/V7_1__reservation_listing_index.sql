-- The staff listing pages by (check_in, created_at, id) with a keyset cursor.
CREATE INDEX reservation_listing ON reservation (check_in, created_at, id);
