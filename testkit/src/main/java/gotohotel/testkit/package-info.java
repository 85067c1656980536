/**
 * Test support shared by every module's tests: {@link gotohotel.testkit.ProductLauncher} runs
 * {@code ./gotohotel server} as a user does and {@link gotohotel.testkit.ProductDatabase} reads its database;
 * {@link gotohotel.testkit.GuestClient} places, reads and cancels orders with the shared-model records;
 * {@link gotohotel.testkit.FreePorts} finds loopback ports; {@link gotohotel.testkit.MockProvider} stands in
 * for an outside HTTP provider (payment, KakaoTalk). Tests that start the real product carry
 * {@link gotohotel.testkit.WholeProduct}.
 *
 * <p>The kit knows the product only from outside: its HTTP API, its launcher and its tables. It depends on
 * {@code shared-model} and on no class of {@code backend} or {@code desktop-client}, so every module may use it
 * (decision 42).
 */
package gotohotel.testkit;
