package cn.exchange.core.security;

import cn.exchange.core.shared.DomainMessages;
import cn.exchange.core.shared.TooManyRequestsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    @Test
    void theTwentyFirstBidOfAnAccountInTenSecondsIsOverAndWaitsForTheWindowsEnd() {
        RateLimit bids = RateLimits.BID_PER_ACCOUNT;
        Instant at = Instant.parse("2026-11-23T02:00:03.250Z");
        assertThat(bids.exceededBy(20)).isFalse();
        assertThat(bids.exceededBy(21)).isTrue();
        assertThat(bids.key("42", at)).isEqualTo(bids.key("42", Instant.parse("2026-11-23T02:00:09.999Z")));
        assertThat(bids.key("42", at)).isNotEqualTo(bids.key("42", Instant.parse("2026-11-23T02:00:10Z")));
        assertThat(bids.key("42", at)).isNotEqualTo(bids.key("43", at));
        assertThat(bids.retryAfterSeconds(at)).isEqualTo(7);   // 6.75 s rounded up
        assertThat(bids.retryAfterSeconds(Instant.parse("2026-11-23T02:00:09.999Z"))).isEqualTo(1);
    }

    @Test
    void registrationsCountPerHourAndAConfiguredCountReplacesTheDefault() {
        RateLimit r = RateLimits.REGISTRATION_PER_ADDRESS.withLimit(3);
        assertThat(r.exceededBy(3)).isFalse();
        assertThat(r.exceededBy(4)).isTrue();
        assertThat(r.retryAfterSeconds(Instant.parse("2026-11-23T02:59:00Z"))).isEqualTo(60);
    }

    @Test
    void onlyTheServersOwnMachineIsExempt() {
        assertThat(RateLimits.exempt("127.0.0.1")).isTrue();
        assertThat(RateLimits.exempt("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(RateLimits.exempt("203.0.113.7")).isFalse();
        assertThat(RateLimits.exempt("10.1.2.3")).isFalse();
        assertThat(RateLimits.exempt(null)).isFalse();
    }

    @Test
    void theRefusalNamesTheLimitAndTheWaitInBothLanguages() {
        TooManyRequestsException e = new TooManyRequestsException(RateLimits.BID_PER_ACCOUNT, 7);
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("报价过于频繁：每个账户每 10 秒最多 20 次，请 7 秒后再试；该报价未生效。");
        assertThat(e.message(Locale.ENGLISH)).contains("at most 20 in 10 seconds per account", "in 7 seconds");
        assertThat(DomainMessages.format(Locale.SIMPLIFIED_CHINESE, "ratelimit.registration-per-address", 10, 60))
                .isEqualTo("注册过于频繁：同一地址每小时最多 10 次，请 60 秒后再试。");
    }
}
