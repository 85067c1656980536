package gotohotel.desk.sync;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.text.ScreenText;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets this desk its identity from the server (decision 38) the first time someone signs in here, and again when
 * the server does not know it or another computer used its numbers; the queue is numbered from 1 under each new id.
 */
final class DeskRegistrar {

    private static final Logger log = LoggerFactory.getLogger(DeskRegistrar.class);
    /** Set by a hotel that names its desks ("Front desk 1"); the computer's host name otherwise. */
    static final String NAME_PROPERTY = "gotohotel.desk.name";
    private static final int MAX_NAME = 64;

    private final DeskStore store;
    private final ServerLink link;
    private final String name;

    DeskRegistrar(DeskStore store, ServerLink link) {
        this.store = store;
        this.link = link;
        this.name = nameOfThisDesk();
    }

    /** Registers the desk under the token; the answer says why not when it could not. */
    Answer<?> register(String token) {
        var answer = link.register(token, name);
        if (answer.kind() == Answer.Kind.OK) {
            store.registered(answer.body().deskId(), answer.body().secret());
            log.info("Registered this desk with the server as '{}' ({})", name, answer.body().deskId());
        }
        return answer;
    }

    /** Another computer sent commands under this desk's numbers: this one takes a new identity. */
    String anotherComputerUsedOurNumbers(String problem) {
        log.warn("Another computer used this desk's command numbers ({}): registering again as a new desk", problem);
        store.forgetRegistration();
        return ScreenText.of("sync.error.desk-copied");
    }

    /** The server does not know this desk, or not with its secret (a restored server): register again. */
    void unknownToTheServer(String problem) {
        log.warn("The server does not know this desk ({}): registering again", problem);
        store.forgetRegistration();
    }

    String revoked(String problem) {
        log.warn("A manager revoked this desk ({}): nothing is sent until a manager signs in here", problem);
        store.markRevoked();
        return ScreenText.of("sync.error.desk-revoked");
    }

    private static String nameOfThisDesk() {
        String configured = System.getProperty(NAME_PROPERTY);
        String name;
        if (configured != null && !configured.isBlank()) {
            name = configured.strip();
        } else {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                name = "Front desk";
            }
        }
        name = name.replaceAll("\\p{Cntrl}", " ").strip();
        return name.isEmpty() ? "Front desk" : name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
