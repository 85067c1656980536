package gotohotel.desk.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.RegisteredDesk;
import gotohotel.desk.service.StaffMember;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.api.StaffRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class StaffViewModelTests {

    private final FakeStaff staff = new FakeStaff();
    private final SimpleBooleanProperty online = new SimpleBooleanProperty(true);
    private final StaffViewModel model = new StaffViewModel(staff, new SameThreadExecutor(), online);

    @Test
    void aManagerOnlineMayOpenTheStaffScreenOfflineSeesItDisabledAReceptionistNotAtAll() {
        model.refreshRole();
        assertThat(model.managerProperty().get()).isTrue();
        assertThat(model.canOpen().get()).isTrue();

        online.set(false);
        assertThat(model.managerProperty().get()).isTrue();
        assertThat(model.canOpen().get()).isFalse();

        staff.role = StaffRole.RECEPTIONIST;
        online.set(true);
        assertThat(model.managerProperty().get()).isFalse();
        assertThat(model.canOpen().get()).isFalse();

        staff.role = null;   // signed out, or opened offline before the server named the role
        model.refreshRole();
        assertThat(model.managerProperty().get()).isFalse();
    }

    @Test
    void createsAnAccountAndClearsItsFirstPassword() {
        model.load();
        var form = model.newAccount();
        form.usernameProperty().set("mina");
        form.displayNameProperty().set("Kim Mina");
        form.roleProperty().set(StaffRole.RECEPTIONIST);
        form.passwordProperty().set("violet tractor singing");
        List<StaffMember> saved = new ArrayList<>();

        form.save(member -> {
            saved.add(member);
            model.saved(member);
        });

        assertThat(saved).containsExactly(new StaffMember("mina", "Kim Mina", StaffRole.RECEPTIONIST, true));
        assertThat(model.accounts()).extracting(StaffMember::username).containsExactly("admin", "mina");
        assertThat(form.passwordProperty().get()).as("the password is not kept once sent").isEmpty();
        assertThat(form.state().errorProperty().get()).isNull();
    }

    @Test
    void aRefusedPasswordIsShownUnderItsFieldInTheServersWordsAndTheFormKeepsIt() {
        var form = model.newAccount();
        form.usernameProperty().set("mina");
        form.displayNameProperty().set("Kim Mina");
        form.passwordProperty().set("short");
        List<StaffMember> saved = new ArrayList<>();

        form.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(form.state().fieldErrors()).containsEntry("password",
                ScreenText.of("staff.field-error", "staff.field.password", "must be at least 10 characters"));
        assertThat(form.state().errorProperty().get()).isEqualTo("staff.refused.INVALID");
        assertThat(form.passwordProperty().get()).as("typed again after a refusal, not lost").isEqualTo("short");
        assertThat(form.state().busyProperty().get()).isFalse();
    }

    @Test
    void aTakenUserNameIsSaidInTheDesksWords() {
        var form = model.newAccount();
        form.usernameProperty().set("admin");
        form.displayNameProperty().set("Another admin");
        form.passwordProperty().set("violet tractor singing");

        form.save(member -> { });

        assertThat(form.state().errorProperty().get()).isEqualTo(ScreenText.of("staff.refused.EXISTS", "admin"));
    }

    @Test
    void theLastManagerCannotBeDisabledAndTheScreenSaysWhy() {
        model.load();
        var admin = model.accounts().get(0);

        model.setEnabled(admin, false);

        assertThat(model.errorProperty().get()).isEqualTo(ScreenText.of("staff.refused.LAST_MANAGER", "admin"));
        assertThat(model.accounts().get(0).enabled()).isTrue();
    }

    @Test
    void disablesAndEnablesAnAccount() {
        staff.accounts.put("mina", new StaffMember("mina", "Kim Mina", StaffRole.RECEPTIONIST, true));
        model.load();
        var mina = model.accounts().get(1);

        model.setEnabled(mina, false);
        assertThat(model.accounts().get(1).enabled()).isFalse();
        model.setEnabled(model.accounts().get(1), true);
        assertThat(model.accounts().get(1).enabled()).isTrue();
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void editsSendOnlyWhatChanged() {
        staff.accounts.put("mina", new StaffMember("mina", "Kim Mina", StaffRole.RECEPTIONIST, true));
        model.load();
        var form = model.edit(model.accounts().get(1));
        form.roleProperty().set(StaffRole.MANAGER);
        List<StaffMember> saved = new ArrayList<>();

        form.save(saved::add);

        assertThat(saved).containsExactly(new StaffMember("mina", "Kim Mina", StaffRole.MANAGER, true));
    }

    @Test
    void ownPasswordNeedsTheSameNewPasswordTwiceAndTheRightCurrentOne() {
        var form = model.ownPassword();
        boolean[] done = {false};
        form.currentProperty().set("admin-password-1");
        form.passwordProperty().set("violet tractor singing");
        form.repeatProperty().set("violet tractor singin");

        form.save(() -> done[0] = true);
        assertThat(done[0]).isFalse();
        assertThat(form.state().fieldErrors()).containsEntry("repeat", "staff.password.mismatch");
        assertThat(staff.passwords.get("admin")).isEqualTo("admin-password-1");

        form.repeatProperty().set("violet tractor singing");
        form.currentProperty().set("wrong");
        form.save(() -> done[0] = true);
        assertThat(done[0]).isFalse();
        assertThat(form.state().fieldErrors()).containsOnlyKeys("currentPassword");

        form.currentProperty().set("admin-password-1");
        form.save(() -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(staff.passwords.get("admin")).isEqualTo("violet tractor singing");
        assertThat(List.of(form.currentProperty().get(), form.passwordProperty().get(), form.repeatProperty().get()))
                .as("no password is kept once sent").containsOnly("");
    }

    @Test
    void aManagerResetsSomeonesPassword() {
        staff.accounts.put("mina", new StaffMember("mina", "Kim Mina", StaffRole.RECEPTIONIST, true));
        var form = model.resetPassword(staff.accounts.get("mina"));
        form.passwordProperty().set("short");
        form.repeatProperty().set("short");
        boolean[] done = {false};

        form.save(() -> done[0] = true);
        assertThat(form.state().fieldErrors()).containsKey("password");
        form.passwordProperty().set("harbour lantern quietly");
        form.repeatProperty().set("harbour lantern quietly");
        form.save(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(staff.passwords.get("mina")).isEqualTo("harbour lantern quietly");
    }

    @Test
    void revokesADeskAndShowsTheServerUnreachableInWords() {
        var id = UUID.randomUUID();
        staff.desks.add(new RegisteredDesk(id, "Front desk 2", "admin", Instant.parse("2026-12-01T09:00:00Z"), null));
        model.load();

        model.revoke(model.desks().get(0));
        assertThat(model.desks().get(0).revoked()).isTrue();

        staff.reachable = false;
        model.load();
        assertThat(model.errorProperty().get()).isEqualTo("staff.refused.UNREACHABLE");
    }
}
