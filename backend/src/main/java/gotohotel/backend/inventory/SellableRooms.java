package gotohotel.backend.inventory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How many rooms of a type are on sale follows its numbered rooms (decision 45): the rooms context changes them by
 * deltas, in its own transaction. Each method locks the nights it changes in ascending order, as a hold does, and
 * changes nothing when some night would hold more stays than rooms.
 */
public interface SellableRooms {

    /**
     * One numbered room more ({@code delta} +1) or fewer (-1) of the type: its total and the capacity of every night
     * on sale from {@code from} on (nights opened later take the total).
     *
     * @return the nights that would be short of rooms (then nothing was changed); empty when done
     */
    List<LocalDate> changeRooms(String roomType, int delta, LocalDate from);

    /**
     * The rooms of the type the hotel sells in all ({@code room_type.total_rooms}), the type locked until the
     * transaction ends: rooms numbered meanwhile are counted against a total no one else changes.
     */
    int lockTotalRooms(String roomType);

    /**
     * One room of the type off sale for the nights {@code from} (inclusive) to {@code until} (exclusive), all on
     * sale already ({@link #lastNightOnSale}).
     *
     * @return the nights on which fewer rooms than stays held would remain (then nothing was changed); empty when
     *     done
     */
    List<LocalDate> takeOffSale(String roomType, LocalDate from, LocalDate until);

    /** One room of the type back on sale for the nights {@code from} (inclusive) to {@code until} (exclusive). */
    void putOnSale(String roomType, LocalDate from, LocalDate until);

    /**
     * One room of the type off sale on each of these nights (a room given to a stay of another type, an upgrade).
     *
     * @return the nights the type cannot spare the room (then nothing was changed): fewer rooms than stays held would
     *     remain, or the type does not sell the night yet; empty when done
     */
    List<LocalDate> takeOffSale(String roomType, Collection<LocalDate> nights);

    /** One room of the type back on sale on each of these nights (an upgraded stay let go of them). */
    void putOnSale(String roomType, Collection<LocalDate> nights);

    /** The last night of the type the hotel sells now: the end of its sales calendar. */
    Optional<LocalDate> lastNightOnSale(String roomType);
}
