package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.Rack;
import gotohotel.desk.service.RoomStay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Lays the rack out: room types in the order of their first room number, each with a heading, its rooms (a stay's
 * bar on the nights it holds the room, so a moved stay has a bar in each room) and then its stays without a room,
 * packed into as few lines as do not overlap. One pass over the stays; nothing per cell is read again.
 */
final class RackLayout {

    private RackLayout() {
    }

    static List<RackRow> rows(Rack rack, LocalDate first, int nights) {
        return rows(rack, first, nights, List.of(), null);
    }

    /**
     * The lines again for these room types only (all when null), the lines of the others taken as they were in
     * {@code before} (laid out from the same rooms): a change of a few bookings lays out the types they are in.
     */
    static List<RackRow> rows(Rack rack, LocalDate first, int nights, List<RackRow> before, Set<String> types) {
        var roomsByType = new LinkedHashMap<String, List<DeskRoom>>();
        rack.rooms().stream().sorted(Comparator.comparing(DeskRoom::number, RackLayout::byNumber))
                .forEach(room -> roomsByType.computeIfAbsent(room.roomType(), type -> new ArrayList<>()).add(room));
        var typeOfRoom = typeOfRoom(rack);
        var inRoom = new HashMap<String, RackRow.Night[]>();
        var unassigned = new HashMap<String, List<RoomStay>>();
        var withoutRooms = new TreeSet<String>();   // types with stays but no rooms, after the others by name
        for (var stay : rack.stays()) {
            String type = typeOf(stay, typeOfRoom);
            if (stay.room() == null && !roomsByType.containsKey(type)) {
                withoutRooms.add(type);
            }
            if (types != null && !types.contains(type)) {
                continue;
            }
            if (stay.room() == null) {
                unassigned.computeIfAbsent(type, t -> new ArrayList<>()).add(stay);
            } else {
                place(inRoom.computeIfAbsent(stay.room(), n -> empty(nights)), stay, first);
            }
        }
        withoutRooms.forEach(type -> roomsByType.put(type, new ArrayList<>()));
        var kept = types == null ? Map.<String, List<RackRow>>of() : sections(before);
        var rows = new ArrayList<RackRow>(rack.rooms().size() + roomsByType.size() * 2);
        for (var type : roomsByType.entrySet()) {
            if (types != null && !types.contains(type.getKey()) && kept.containsKey(type.getKey())) {
                rows.addAll(kept.get(type.getKey()));
                continue;
            }
            rows.add(new RackRow(RackRow.Kind.HEADER, type.getKey(), null, Arrays.asList(empty(nights)),
                    type.getValue().size()));
            for (var room : type.getValue()) {
                var line = inRoom.getOrDefault(room.number(), empty(nights));
                for (int i = 0; i < nights; i++) {
                    if (room.outOfOrderOn(first.plusDays(i))) {
                        var n = line[i];
                        line[i] = new RackRow.Night(n.stay(), n.starts(), n.ends(), true);
                    }
                }
                rows.add(new RackRow(RackRow.Kind.ROOM, type.getKey(), room, Arrays.asList(line), 0));
            }
            int lineNumber = 1;
            for (var line : lanes(unassigned.getOrDefault(type.getKey(), List.of()), first, nights)) {
                rows.add(new RackRow(RackRow.Kind.UNASSIGNED, type.getKey(), null, Arrays.asList(line), lineNumber++));
            }
        }
        return rows;
    }

    /** The room types whose lines show the stays of these bookings in this rack (their rooms', or their own). */
    static Set<String> typesShowing(Rack rack, Set<UUID> bookings) {
        var typeOfRoom = typeOfRoom(rack);
        var types = new HashSet<String>();
        rack.stays().stream().filter(stay -> bookings.contains(stay.bookingId()))
                .forEach(stay -> types.add(typeOf(stay, typeOfRoom)));
        return types;
    }

    private static Map<String, String> typeOfRoom(Rack rack) {
        var types = new HashMap<String, String>();
        rack.rooms().forEach(room -> types.put(room.number(), room.roomType()));
        return types;
    }

    /** The type whose lines show the stay: its room's (an upgrade shows in the room), or its own without a room. */
    private static String typeOf(RoomStay stay, Map<String, String> typeOfRoom) {
        String own = stay.roomType() == null ? "?" : stay.roomType();
        return stay.room() == null ? own : typeOfRoom.getOrDefault(stay.room(), own);
    }

    /** The lines of each type, as laid out before. */
    private static Map<String, List<RackRow>> sections(List<RackRow> before) {
        var sections = new HashMap<String, List<RackRow>>();
        int start = 0;
        for (int i = 1; i <= before.size(); i++) {
            if (i == before.size() || !before.get(i).roomType().equals(before.get(start).roomType())) {
                sections.put(before.get(start).roomType(), before.subList(start, i));
                start = i;
            }
        }
        return sections;
    }

    /** Stays with no room, by arrival, each on the first line free by then (a heap of lines by their last night). */
    private static List<RackRow.Night[]> lanes(List<RoomStay> stays, LocalDate first, int nights) {
        var lines = new ArrayList<RackRow.Night[]>();
        var freeFrom = new PriorityQueue<long[]>(Comparator.comparingLong(l -> l[0]));   // {first free night, line}
        // by arrival, guest and booking: the same lines whatever order the stays were read in (a change read apart)
        stays.stream().sorted(Comparator.comparing(RoomStay::from).thenComparing(RoomStay::guestName,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(RoomStay::bookingId)).forEach(stay -> {
                    long start = Math.max(0, stay.from().toEpochDay() - first.toEpochDay());
                    long end = stay.until().toEpochDay() - first.toEpochDay();
                    int line;
                    if (!freeFrom.isEmpty() && freeFrom.peek()[0] <= start) {
                        line = (int) freeFrom.poll()[1];
                    } else {
                        line = lines.size();
                        lines.add(empty(nights));
                    }
                    place(lines.get(line), stay, first);
                    freeFrom.add(new long[] {end, line});
                });
        return lines;
    }

    private static void place(RackRow.Night[] line, RoomStay stay, LocalDate first) {
        int start = (int) Math.max(0, stay.from().toEpochDay() - first.toEpochDay());
        int end = (int) Math.min(line.length, stay.until().toEpochDay() - first.toEpochDay());
        boolean startsHere = !stay.from().isBefore(first);
        boolean endsHere = stay.until().toEpochDay() - first.toEpochDay() <= line.length;
        for (int i = start; i < end; i++) {
            line[i] = new RackRow.Night(stay, startsHere && i == start, endsHere && i == end - 1, false);
        }
    }

    private static RackRow.Night[] empty(int nights) {
        var line = new RackRow.Night[nights];
        Arrays.fill(line, RackRow.Night.EMPTY);
        return line;
    }

    /** Room numbers as people read them: 99 before 101, then as text. */
    private static int byNumber(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
