-- Only for benchmark databases: a room type with enough rooms that a long run never sells out.
INSERT INTO room_type (code, name, capacity, nightly_rate, currency, total_rooms)
VALUES ('BENCH', 'Benchmark Room', 2, 100000, 'KRW', 1000000);
