-- issue 19, decision 46: the room a reservation's stay holds from tonight on (its last assignment or move), kept by
-- the reservation context next to its status. The nights themselves are the rooms context's (room_stay_night); this
-- column is what check-in asks ("is a room assigned?"), what the check-in event and my page carry, and what makes
-- an assignment a change of the reservation (a new version, a history line, a place in the desks' feed).
ALTER TABLE reservation ADD COLUMN room VARCHAR(8);

-- The guest's my page shows the room once checked in, following a move (the newest reservation version wins), and
-- the check-in message names it (the AlimTalk template parameter "room").
ALTER TABLE mypage ADD COLUMN room VARCHAR(8);
ALTER TABLE mypage ADD COLUMN room_version BIGINT;
ALTER TABLE notification ADD COLUMN room VARCHAR(8);
