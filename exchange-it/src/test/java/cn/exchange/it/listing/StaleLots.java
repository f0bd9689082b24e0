package cn.exchange.it.listing;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ServerClock;
import jakarta.json.JsonObject;

import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 12 through the REST API, the client's part of {@code cn.exchange.it.container.StaleLotLockIT} (whose in-container
 * step runs the lock job): a lot that ended by itself without an applicant (TERMINATED) is, past twelve months,
 * refused relisting; once locked, staff attach the new audit and valuation and its price, and the lot is published
 * again as a first listing.
 */
public final class StaleLots {

    private static long projectId;
    private static long lotId;

    private StaleLots() {
    }

    /** A terminated lot whose first disclosure lies thirteen months back: relisting refused, not yet lockable by hand. */
    public static void terminatedThirteenMonthsAgo(URL base) throws Exception {
        Api api = new Api(base);
        LocalDate today = ServerClock.today(api);
        Api agency = api.as(People.token(api, Who.AGENCY));
        var lot = Lots.lot(today, "满十二个月未成交标的", "1000000.00", "1000000.00", "100000.00");
        lot.put("extensionAllowed", false);
        Api.Answer registered = agency.post("/api/projects", Lots.project("锁定测试项目 " + System.nanoTime(), "ENTERPRISE_ASSET", List.of(lot)));
        assertThat(registered.status()).as(registered.toString()).isIn(200, 201);
        projectId = registered.json().getJsonNumber("id").longValue();
        JsonObject published = api.as(People.token(api, Who.REVIEWER)).post("/api/projects/" + projectId + "/publish", "{}").json();
        lotId = published.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();

        // ends without an applicant, allowing no extension: TERMINATED by itself
        AuctionFixture.sql("update lot set ends_at = " + ServerClock.sql(api) + " - interval '1 minute' where id = " + lotId);
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until && !status(api).equals("TERMINATED")) {
            Thread.sleep(2000);
        }
        assertThat(status(api)).isEqualTo("TERMINATED");
        // its first disclosure thirteen months back, and the valuation then fresh
        AuctionFixture.sql("update lot set first_published_on = date '" + today.minusMonths(13) + "', valuation_base_date = date '"
                + today.minusMonths(14) + "' where id = " + lotId);

        Api operator = api.as(People.token(api, Who.OPERATOR));
        Api.Answer relist = operator.post("/api/lots/" + lotId + "/relist", Map.of("price", "1000000.00", "onlyPriceChanged", true),
                "Accept-Language", "zh-CN");
        assertThat(relist.status()).as(relist.toString()).isEqualTo(400);
        assertThat(relist.body()).contains("12 个月");
        // not locked yet: no revaluation
        assertThat(operator.post("/api/lots/" + lotId + "/revalue", revaluation(today, "1100000.00", "1100000.00")).status()).isEqualTo(400);
    }

    /** After the lock job: LOCKED; the new audit and valuation bring it back; published again, twelve months afresh. */
    public static void lockedThenRevaluedAndPublished(URL base) throws Exception {
        Api api = new Api(base);
        LocalDate today = ServerClock.today(api);
        Api operator = api.as(People.token(api, Who.OPERATOR));
        assertThat(status(api)).as("a terminated lot past twelve months is locked by the job").isEqualTo("LOCKED");

        // the price must reach the new valuation (rule 6: a first listing again); the valuation must be fresh
        Api.Answer low = operator.post("/api/lots/" + lotId + "/revalue", revaluation(today, "1100000.00", "1000000.00"),
                "Accept-Language", "zh-CN");
        assertThat(low.status()).as(low.toString()).isEqualTo(400);
        assertThat(low.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("listingPrice");
        Map<String, Object> old = revaluation(today, "1100000.00", "1100000.00");
        old.put("valuationBaseDate", today.minusMonths(13).toString());
        assertThat(operator.post("/api/lots/" + lotId + "/revalue", old).status()).isEqualTo(400);

        Api.Answer revalued = operator.post("/api/lots/" + lotId + "/revalue", revaluation(today, "1100000.00", "1100000.00"));
        assertThat(revalued.status()).as(revalued.toString()).isEqualTo(200);
        assertThat(revalued.json().getString("status")).isEqualTo("SUBMITTED");
        assertThat(revalued.json().getJsonNumber("appraisedValue").bigDecimalValue()).isEqualByComparingTo("1100000.00");

        JsonObject published = api.as(People.token(api, Who.REVIEWER)).post("/api/projects/" + projectId + "/publish", "{}").json();
        assertThat(published.getJsonArray("lots").getJsonObject(0).getString("status")).isEqualTo("PUBLISHED");
        assertThat(status(api)).isEqualTo("PUBLISHED");
    }

    private static Map<String, Object> revaluation(LocalDate today, String value, String price) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("appraiser", "北京新评估有限公司");
        m.put("valuationBaseDate", today.minusDays(10).toString());
        m.put("appraisedValue", new java.math.BigDecimal(value));
        m.put("listingPrice", new java.math.BigDecimal(price));
        return m;
    }

    private static String status(Api api) {
        return api.as(People.token(api, Who.OPERATOR)).get("/api/projects/" + projectId).json().getJsonArray("lots")
                .getJsonObject(0).getString("status");
    }
}
