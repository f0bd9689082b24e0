package cn.exchange.it.listing;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.ServerClock;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.TestDatabase;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rule 9 on the running server: when an announcement's end passes, the minute timer ends it — a lot that allows
 * extension waits for the decision, one that does not ends by itself — each with its public notice; and published
 * notices cannot be changed in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementEndIT {

    @ArquillianResource
    URL base;

    @Test
    void theTimerEndsAnnouncementsWhoseTimeHasComeWithTheirNotices() throws Exception {
        Api api = new Api(base);
        LocalDate today = ServerClock.today(api);
        Api agency = api.as(People.token(api, Who.AGENCY));
        var extendable = Lots.lot(today, "可延期标的", "200000.00", "200000.00", "20000.00");
        var final_ = Lots.lot(today, "不可延期标的", "200000.00", "200000.00", "20000.00");
        final_.put("extensionAllowed", false);
        JsonObject p = agency.post("/api/projects", Lots.project("到期测试项目 " + System.nanoTime(), "ENTERPRISE_ASSET",
                List.of(extendable, final_))).json();
        JsonObject published = api.as(People.token(api, Who.REVIEWER)).post("/api/projects/" + p.getJsonNumber("id") + "/publish", "{}").json();
        long a = published.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        long b = published.getJsonArray("lots").getJsonObject(1).getJsonNumber("id").longValue();

        // the period has passed (as if 5 working days went by)
        try (Connection c = TestDatabase.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("update lot set ends_at = " + ServerClock.sql(api) + " - interval '1 minute' where id in (?, ?)")) {
            s.setLong(1, a);
            s.setLong(2, b);
            assertThat(s.executeUpdate()).isEqualTo(2);
        }
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until && status(api, a).equals("PUBLISHED")) {
            Thread.sleep(2000);
        }
        assertThat(status(api, a)).isEqualTo("DISCLOSURE_ENDED");
        assertThat(status(api, b)).isEqualTo("TERMINATED");
        assertThat(api.get("/api/board/lots/" + b).json().getJsonArray("notices")).extracting(v -> v.asJsonObject().getString("kind"))
                .containsExactly("ANNOUNCEMENT", "ENDED_WITHOUT_BUYER");

        // rule 9: the extendable lot is extended by staff, at least 5 working days
        Api operator = api.as(People.token(api, Who.OPERATOR));
        assertThat(operator.post("/api/lots/" + a + "/extend", "{\"workingDays\":4}").status()).isEqualTo(400);
        Api.Answer extended = operator.post("/api/lots/" + a + "/extend", "{\"workingDays\":5}");
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(operator.post("/api/lots/" + b + "/extend", "{\"workingDays\":5}").status()).isEqualTo(400);

        // notices are public record: the database refuses to change them
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update notice set body = 'changed' where lot_id = " + b))
                    .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
            // only an end that awaited its year's calendar is ever filled in, once; a known end never moves
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update notice set ends_at = ends_at + interval '1 day'"
                    + " where ends_at is not null and lot_id = " + b)).isInstanceOf(SQLException.class).hasMessageContaining("immutable");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from notice where lot_id = " + b))
                    .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
        }
    }

    private static String status(Api api, long lot) {
        return api.get("/api/board/lots/" + lot).json().getJsonObject("lot").getString("status");
    }
}
