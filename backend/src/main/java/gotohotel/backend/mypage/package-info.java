/**
 * My page: the guest's read model (CQRS), kept only from Kafka events in its own tables, idempotent and
 * tolerant of reordering, so it can be rebuilt from the topics and run in a process of its own.
 */
package gotohotel.backend.mypage;
