-- issue 19, decision 46 (after review): a stay given a room of another type than it booked (an upgrade) takes that
-- room off its own type's sale for the nights it holds it, so the better type never sells more stays than it has
-- rooms left to give them. The flag says which nights of a stay did so; letting go of such a night puts the room
-- back on sale. The booked type keeps counting the stay (its room is kept for a move back).
ALTER TABLE room_stay_night ADD COLUMN off_sale BOOLEAN NOT NULL DEFAULT FALSE;
