package cn.exchange.it.auction;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange's own metrics for operators: after a short bidding run, {@code /metrics} (Prometheus format)
 * shows the bids by result and reason, their time in the server, the bid-log transactions, sessions by phase, the
 * halls' connections and the database connections — with the values the run produced.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    @ArquillianResource
    URL base;

    @Test
    void aShortBiddingRunShowsInTheMetrics() throws Exception {
        Api api = new Api(base);
        String before = api.get("/metrics").body();
        double accepted = value(before, "exchange_bids_total", "result", "accepted");
        double leading = value(before, "exchange_bids_total", "reason", "ALREADY_LEADING");
        double timed = value(before, "exchange_bid_micros_count");
        double boardAnswers = value(before, "exchange_board_cache_hits") + value(before, "exchange_board_cache_misses");

        AuctionFixture.Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 2, 120, 60);
        AuctionFixture.awaitPhase(api, s.lotId(), "FREE", 30);
        AuctionFixture.bid(s.bidders().get(0), s.lotId(), "100000.00");
        AuctionFixture.bid(s.bidders().get(1), s.lotId(), "101000.00");
        AuctionFixture.bid(s.bidders().get(0), s.lotId(), "102000.00");
        Api.Answer refused = s.bidders().get(0).api().post("/api/auctions/" + s.lotId() + "/bids",
                Map.of("amount", new BigDecimal("103000.00"), "requestId", "metrics-" + s.lotId()));
        assertThat(refused.json().getString("reason")).isEqualTo("ALREADY_LEADING");

        // the public board twice: computed once, then reused unless the board changed in between
        api.get("/api/board/lots?limit=3");
        api.get("/api/board/lots?limit=3");

        Api.Answer scrape = api.get("/metrics");
        assertThat(scrape.status()).isEqualTo(200);
        String m = scrape.body();
        System.out.println("[metrics] " + String.join("\n[metrics] ", m.lines().filter(l -> l.startsWith("exchange_")).toList()));
        assertThat(value(m, "exchange_bids_total", "result", "accepted") - accepted).isEqualTo(3);
        assertThat(value(m, "exchange_bids_total", "reason", "ALREADY_LEADING") - leading).isEqualTo(1);
        assertThat(value(m, "exchange_bid_micros_count") - timed).isEqualTo(4);
        // in microseconds throughout: a bid takes more than 0.1 ms and (on any machine running this) less than 30 s
        assertThat(value(m, "exchange_bid_micros_max")).isBetween(100.0, 30_000_000.0);
        assertThat(value(m, "exchange_bid_micros", "quantile", "0.5")).isBetween(100.0, 30_000_000.0);
        assertThat(value(m, "exchange_writer_batch_count")).isGreaterThanOrEqualTo(4);
        assertThat(value(m, "exchange_sessions", "phase", "FREE")).isGreaterThanOrEqualTo(1);
        assertThat(value(m, "exchange_db_connections", "state", "active")).isGreaterThanOrEqualTo(1);
        assertThat(value(m, "exchange_board_cache_hits") + value(m, "exchange_board_cache_misses") - boardAnswers)
                .as("board answers since the first scrape").isGreaterThanOrEqualTo(2);
        assertThat(m).contains("exchange_hall_watchers").contains("exchange_writer_queue").contains("exchange_sessions_due");
    }

    /**
     * The sum of the values of metric {@code name} whose labels include {@code key="value"} (every series when no label
     * is given); 0 when there is none.
     */
    static double value(String scrape, String name, String... label) {
        double sum = 0;
        for (String line : scrape.lines().toList()) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            if (label.length == 2 && !line.contains(label[0] + "=\"" + label[1] + "\"")) {
                continue;
            }
            sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
        return sum;
    }
}
