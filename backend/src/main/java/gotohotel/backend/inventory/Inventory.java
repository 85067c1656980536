package gotohotel.backend.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inventory context's API: what the hotel sells and what is free. */
public interface Inventory {

    List<RoomType> roomTypes();

    Optional<RoomType> roomType(String code);

    /** Every room type that sleeps {@code guests}, with how many rooms are free on every night of the stay. */
    List<Availability> availability(Stay stay, int guests);

    /**
     * Holds one room of the type for every night of the stay, in the caller's transaction. The guarded updates
     * decide: no read before them; only when one fails is the stay checked against the nights on sale.
     *
     * @throws SoldOutException when some night has no free room
     * @throws gotohotel.backend.domain.InvalidInputException (field {@code checkOut}) when some night is not on sale
     */
    void hold(UUID orderId, String roomType, Stay stay);

    /**
     * Holds one room of the type on every night of the stay for no order yet (a dearer room type being paid for,
     * decision record 52): {@link #takeOver} then makes them the order's, {@link #releaseNights} gives them back.
     *
     * @throws SoldOutException when some night has no free room (the caller's transaction must then roll back)
     * @throws gotohotel.backend.domain.InvalidInputException (field {@code checkOut}) when some night is not on sale
     */
    void holdNights(String roomType, Stay stay);

    /** Gives back nights held by {@link #holdNights} that no order took over. */
    void releaseNights(String roomType, Stay stay);

    /**
     * The order's hold moves to another room type, in the caller's transaction (decision record 52): the new type's
     * nights are held like a new booking's (guarded), the old type's given back, the two types' rows taken in one order
     * whichever way a change goes, so changes crossing each other never deadlock.
     *
     * @throws SoldOutException when the new type has no free room on some night (the transaction must roll back)
     * @throws IllegalStateException when the order holds no nights
     */
    void changeType(UUID orderId, String roomType);

    /**
     * The order's hold moves to {@code roomType}, whose nights were held for it by {@link #holdNights} already: the old
     * type's nights are given back.
     *
     * @throws IllegalStateException when the order holds no nights
     */
    void takeOver(UUID orderId, String roomType);

    /** Gives the order's nights back; does nothing when they were released before or never held. */
    void release(UUID orderId);

    /**
     * Gives back the order's nights from {@code from} on (the nights after a no-show's first), keeping the ones
     * before; the hold then ends at {@code from}, so asking again releases nothing more and a later {@link #release}
     * gives back only the nights kept.
     */
    void releaseFrom(UUID orderId, LocalDate from);

    /**
     * Moves the order's hold to the nights of {@code to} (a changed stay, decision record 52), in the caller's
     * transaction: the nights added are held like a new booking's (guarded, never beyond capacity), the nights dropped
     * are given back, every night in ascending order as a hold takes them, so concurrent changes and holds never
     * deadlock. Nothing is held twice: nights kept stay as they are.
     *
     * @throws SoldOutException when some added night has no free room (the caller's transaction must then roll back)
     * @throws gotohotel.backend.domain.InvalidInputException (field {@code checkOut}) when an added night is not on sale
     * @throws IllegalStateException when the order holds no nights
     */
    void change(UUID orderId, Stay to);

    /**
     * Gives back the order's nights outside {@code stay} (nights held for a change that was not paid), keeping the
     * ones inside; never holds a night. Nothing happens when the order holds no nights (its booking ended meanwhile).
     */
    void releaseOutside(UUID orderId, Stay stay);

    /** Whether the stay lies within the nights the hotel sells rooms of the type. */
    boolean isBookable(String roomType, Stay stay);
}
