package cn.exchange.core.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties the role matrix must have, whatever is added to it later. */
class RolePermissionsTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "SUPERVISOR_.*", mode = EnumSource.Mode.MATCH_ANY)
    void supervisorsReadEverythingAndChangeNothing(Role supervisor) {
        assertThat(RolePermissions.of(supervisor)).noneMatch(Permission::changesRecord);
        assertThat(RolePermissions.of(supervisor)).contains(Permission.TRAIL_READ, Permission.PROJECT_READ_ALL,
                Permission.APPLICATION_READ_ALL, Permission.LEDGER_READ, Permission.BIDDER_IDENTITY_READ, Permission.REPORT_READ);
    }

    @Test
    void theAdministratorManagesAccountsAndTheCalendarButCannotBidApproveOrEditTransactions() {
        assertThat(RolePermissions.of(Role.ADMIN)).containsExactlyInAnyOrder(Permission.OWN_ACCOUNT, Permission.ACCOUNT_ADMIN,
                Permission.AUDIT_VERIFY, Permission.CALENDAR_ADMIN);
        assertThat(RolePermissions.holders(Permission.CALENDAR_ADMIN)).containsExactly(Role.ADMIN);
    }

    @Test
    void onlyBiddersBidAndOnlyAgenciesEditProjects() {
        assertThat(RolePermissions.holders(Permission.BID)).containsExactly(Role.BIDDER);
        assertThat(RolePermissions.holders(Permission.PROJECT_EDIT)).containsExactly(Role.AGENCY);
        assertThat(RolePermissions.holders(Permission.QUALIFICATION_CONFIRM)).containsExactly(Role.AGENCY);
    }

    @Test
    void neitherBiddersNorAgenciesMaySeeBidderIdentities() {
        assertThat(RolePermissions.allows(Role.BIDDER, Permission.BIDDER_IDENTITY_READ)).isFalse();
        assertThat(RolePermissions.allows(Role.AGENCY, Permission.BIDDER_IDENTITY_READ)).isFalse();
    }

    @Test
    void everyPermissionIsHeldBySomeRoleAndEveryoneMayManageTheirOwnAccount() {
        for (Permission p : Permission.values()) {
            assertThat(RolePermissions.holders(p)).as(p.name()).isNotEmpty();
        }
        for (Role r : Role.values()) {
            assertThat(RolePermissions.allows(r, Permission.OWN_ACCOUNT)).isTrue();
        }
    }
}
