package cn.exchange.core.listing;

import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules 17–19: the number of qualified bidders decides the lot's path; a negotiated transfer never below the listing price. */
class SalePathTest {

    @Test
    void theNumberOfQualifiedBiddersDecidesThePath() {
        assertThat(SalePath.of(0)).isEqualTo(SalePath.NO_BIDDER);
        assertThat(SalePath.of(1)).isEqualTo(SalePath.NEGOTIATED);
        assertThat(SalePath.of(2)).isEqualTo(SalePath.COMPETITIVE);
        assertThatThrownBy(() -> SalePath.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegotiatedTransferIsNeverBelowTheListingPrice() {
        assertThat(SalePath.negotiatedPrice(new BigDecimal("100000.00"), new BigDecimal("100000.00"))).isEqualByComparingTo("100000");
        assertThatThrownBy(() -> SalePath.negotiatedPrice(new BigDecimal("99999.99"), new BigDecimal("100000.00")))
                .isInstanceOf(DomainException.class);
    }
}
