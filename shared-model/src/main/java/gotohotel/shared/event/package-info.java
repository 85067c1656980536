/**
 * Events that cross process boundaries on Kafka: past-tense records keyed by order id.
 */
package gotohotel.shared.event;
