package gotohotel.backend.events;

/**
 * Marks an exception as a failure that goes away by itself (a provider that is down, an open circuit, a
 * database that is restarting): an event consumer retries the record until it succeeds instead of
 * dead-lettering it. See {@link Failures#isTransient(Throwable)} for the failures recognised without it.
 */
public interface TransientFailure {
}
