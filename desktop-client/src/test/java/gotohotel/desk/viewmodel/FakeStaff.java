package gotohotel.desk.viewmodel;

import gotohotel.desk.service.RegisteredDesk;
import gotohotel.desk.service.StaffAdministration;
import gotohotel.desk.service.StaffChangeRefusedException;
import gotohotel.desk.service.StaffMember;
import gotohotel.shared.api.StaffRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Staff accounts and desks in memory, refusing as the server does: short passwords, taken names, the last manager. */
public final class FakeStaff implements StaffAdministration {

    public final Map<String, StaffMember> accounts = new LinkedHashMap<>();
    public final Map<String, String> passwords = new LinkedHashMap<>();
    public final List<RegisteredDesk> desks = new ArrayList<>();
    public StaffRole role = StaffRole.MANAGER;
    public boolean reachable = true;
    public String me = "admin";

    public FakeStaff() {
        accounts.put("admin", new StaffMember("admin", "Administrator", StaffRole.MANAGER, true));
        passwords.put("admin", "admin-password-1");
    }

    @Override
    public Optional<StaffRole> role() {
        return Optional.ofNullable(role);
    }

    @Override
    public List<StaffMember> accounts() {
        online();
        return List.copyOf(accounts.values());
    }

    @Override
    public StaffMember create(String username, String displayName, StaffRole role, String firstPassword) {
        online();
        weak("password", firstPassword);
        if (accounts.containsKey(username)) {
            throw new StaffChangeRefusedException(StaffChangeRefusedException.Reason.EXISTS, "exists", Map.of());
        }
        var member = new StaffMember(username, displayName, role, true);
        accounts.put(username, member);
        passwords.put(username, firstPassword);
        return member;
    }

    @Override
    public StaffMember change(String username, String displayName, StaffRole role) {
        online();
        var was = accounts.get(username);
        if (role == StaffRole.RECEPTIONIST && lastManager(was)) {
            throw new StaffChangeRefusedException(StaffChangeRefusedException.Reason.LAST_MANAGER, "last", Map.of());
        }
        var now = new StaffMember(username, displayName == null ? was.displayName() : displayName,
                role == null ? was.role() : role, was.enabled());
        accounts.put(username, now);
        return now;
    }

    @Override
    public StaffMember enable(String username, boolean enabled) {
        online();
        var was = accounts.get(username);
        if (!enabled && lastManager(was)) {
            throw new StaffChangeRefusedException(StaffChangeRefusedException.Reason.LAST_MANAGER, "last", Map.of());
        }
        var now = new StaffMember(username, was.displayName(), was.role(), enabled);
        accounts.put(username, now);
        return now;
    }

    @Override
    public void resetPassword(String username, String newPassword) {
        online();
        weak("password", newPassword);
        passwords.put(username, newPassword);
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        online();
        if (!passwords.get(me).equals(currentPassword)) {
            throw new StaffChangeRefusedException(StaffChangeRefusedException.Reason.INVALID, "invalid",
                    Map.of("currentPassword", "is not your current password"));
        }
        weak("newPassword", newPassword);
        passwords.put(me, newPassword);
    }

    @Override
    public List<RegisteredDesk> desks() {
        online();
        return List.copyOf(desks);
    }

    @Override
    public RegisteredDesk revoke(UUID deskId) {
        online();
        var revoked = desks.stream().filter(d -> d.id().equals(deskId)).findFirst().map(d -> new RegisteredDesk(
                d.id(), d.name(), d.registeredBy(), d.lastSeenAt(), Instant.parse("2026-12-01T10:00:00Z")))
                .orElseThrow();
        desks.replaceAll(d -> d.id().equals(deskId) ? revoked : d);
        return revoked;
    }

    private boolean lastManager(StaffMember member) {
        return member.role() == StaffRole.MANAGER && accounts.values().stream()
                .filter(a -> a.role() == StaffRole.MANAGER && a.enabled()).count() <= 1;
    }

    private void online() {
        if (!reachable) {
            throw new StaffChangeRefusedException(StaffChangeRefusedException.Reason.UNREACHABLE, "timeout", Map.of());
        }
    }

    private static void weak(String field, String password) {
        if (password.length() < 10) {
            throw new StaffChangeRefusedException(StaffChangeRefusedException.Reason.INVALID, "invalid",
                    Map.of(field, "must be at least 10 characters"));
        }
    }
}
