package cn.exchange.it.container;

import cn.exchange.ejb.listing.ListingSweeps;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 12: terminated (and failed-auction) lots past twelve months are locked by the job like ended ones, and come back
 * through a new audit and valuation. The client steps are in {@code cn.exchange.it.listing.StaleLots} (REST); the lock
 * job, which runs hourly, is run here inside the server in between.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaleLotLockIT {

    @ArquillianResource
    URL base;

    @EJB
    ListingSweeps listings;

    @Test
    @Order(1)
    @RunAsClient
    void aTerminatedLotThirteenMonthsAfterItsFirstDisclosureIsRefusedRelisting() throws Exception {
        cn.exchange.it.listing.StaleLots.terminatedThirteenMonthsAgo(base);
    }

    @Test
    @Order(2)
    void theLockJobRuns() {
        // the count may include other stale lots, or miss ours if the hourly run took it first: step 3 checks the lot
        assertThat(listings.lockStale()).isNotNegative();
    }

    @Test
    @Order(3)
    @RunAsClient
    void lockedItIsRevaluedAndPublishedAgain() throws Exception {
        cn.exchange.it.listing.StaleLots.lockedThenRevaluedAndPublished(base);
    }
}
