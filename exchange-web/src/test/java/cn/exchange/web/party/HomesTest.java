package cn.exchange.web.party;

import cn.exchange.core.security.Role;
import cn.exchange.web.security.PageAccess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every role lands after sign-in on a page it may open, and not on its account page. */
class HomesTest {

    @Test
    void everyRoleLandsOnAPageOfItsWorkThatItMayOpen() {
        for (Role role : Role.values()) {
            String home = Homes.of(role);
            assertThat(PageAccess.of(home)).as(role + " → " + home).hasValueSatisfying(rule -> assertThat(rule.allows(role)).as(role + " → " + home).isTrue());
            assertThat(home).as(role.name()).isNotEqualTo("/account/index.xhtml");
        }
        assertThat(Homes.of(Role.BIDDER)).isEqualTo("/bidder/applications.xhtml");
        assertThat(Homes.of(Role.AGENCY)).isEqualTo("/agency/projects.xhtml");
    }
}
