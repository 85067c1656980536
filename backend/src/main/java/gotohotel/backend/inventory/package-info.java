/**
 * Inventory: the hotel's room types and per-night availability. Holds nights for an order and releases
 * them; the database refuses any night held beyond its capacity.
 */
package gotohotel.backend.inventory;
