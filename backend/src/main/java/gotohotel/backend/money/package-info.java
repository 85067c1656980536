/** Money: an amount at its currency's scale, shared by prices, payments and refunds. */
package gotohotel.backend.money;
