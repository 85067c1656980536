-- The seeded hotel: four room types, rates in KRW.
INSERT INTO room_type (code, name, capacity, nightly_rate, currency, total_rooms) VALUES
    ('STANDARD', 'Standard Double', 2, 120000, 'KRW', 10),
    ('DELUXE', 'Deluxe Twin with City View', 2, 180000, 'KRW', 8),
    ('FAMILY', 'Family Room', 4, 260000, 'KRW', 5),
    ('SUITE', 'Han River Suite', 3, 450000, 'KRW', 2);
