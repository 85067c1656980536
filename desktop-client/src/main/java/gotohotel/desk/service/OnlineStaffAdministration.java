package gotohotel.desk.service;

import gotohotel.shared.api.NewStaffAccount;
import gotohotel.shared.api.StaffAccountChange;
import gotohotel.shared.api.StaffAccountView;
import gotohotel.shared.api.StaffRole;
import gotohotel.shared.sync.DeskView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff administration over the current connection's link and session. Keeps this desk's offline sign-in honest:
 * one's own new password replaces the kept hash; an account disabled or given a new password here loses its kept
 * hash, so the old password no longer opens this desk offline.
 */
final class OnlineStaffAdministration implements StaffAdministration {

    private static final Logger log = LoggerFactory.getLogger(OnlineStaffAdministration.class);

    private final ManagerRequests requests;
    private final BiConsumer<String, String> ownPasswordChanged;
    private final Consumer<String> keptPasswordVoid;

    /**
     * @param current            the connection now (empty when signed out)
     * @param ownPasswordChanged (username, new password): keep the new password's hash for offline sign-in
     * @param keptPasswordVoid   username whose kept hash must no longer open this desk offline
     */
    OnlineStaffAdministration(Supplier<Optional<Connection>> current, BiConsumer<String, String> ownPasswordChanged,
                              Consumer<String> keptPasswordVoid) {
        this.requests = new ManagerRequests(current);
        this.ownPasswordChanged = ownPasswordChanged;
        this.keptPasswordVoid = keptPasswordVoid;
    }

    @Override
    public Optional<StaffRole> role() {
        return requests.current().flatMap(signed -> signed.session().role());
    }

    @Override
    public List<StaffMember> accounts() {
        return requests.send(s -> s.link().staffAccounts(s.session())).stream().map(OnlineStaffAdministration::member).toList();
    }

    @Override
    public StaffMember create(String username, String displayName, StaffRole role, String firstPassword) {
        var created = member(requests.send(s -> s.link().createStaffAccount(s.session(),
                new NewStaffAccount(username.strip(), displayName, role, firstPassword))));
        log.info("Created the {} account '{}'", role, created.username());
        return created;
    }

    @Override
    public StaffMember change(String username, String displayName, StaffRole role) {
        return member(requests.send(s -> s.link().changeStaffAccount(s.session(), username,
                new StaffAccountChange(displayName, role, null))));
    }

    @Override
    public StaffMember enable(String username, boolean enabled) {
        var changed = member(requests.send(s -> s.link().changeStaffAccount(s.session(), username,
                new StaffAccountChange(null, null, enabled))));
        if (!enabled) {
            keptPasswordVoid.accept(username);
        }
        return changed;
    }

    @Override
    public void resetPassword(String username, String newPassword) {
        requests.send(s -> s.link().resetPassword(s.session(), username, newPassword));
        keptPasswordVoid.accept(username);
        log.info("Reset the password of '{}'", username);
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var signed = requests.connection();
        ManagerRequests.check(signed.link().changeOwnPassword(signed.session(), currentPassword, newPassword));
        ownPasswordChanged.accept(signed.username(), newPassword);
        log.info("{} changed their password", signed.username());
    }

    @Override
    public List<RegisteredDesk> desks() {
        return requests.send(s -> s.link().desks(s.session())).stream().map(OnlineStaffAdministration::desk).toList();
    }

    @Override
    public RegisteredDesk revoke(UUID deskId) {
        return desk(requests.send(s -> s.link().revokeDesk(s.session(), deskId)));
    }

    private static StaffMember member(StaffAccountView view) {
        return new StaffMember(view.username(), view.displayName(), view.role(), view.enabled());
    }

    private static RegisteredDesk desk(DeskView view) {
        return new RegisteredDesk(view.deskId(), view.name(), view.registeredBy(), view.lastSeenAt(),
                view.revokedAt());
    }
}
