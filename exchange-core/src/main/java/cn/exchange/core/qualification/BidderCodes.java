package cn.exchange.core.qualification;

import java.security.SecureRandom;
import java.util.Set;

/**
 * Bidder codes (竞价号): the only name a qualified bidder has in an auction until the award (docs/rules.md §2.3). Drawn at
 * random (not in application order, so a code reveals nothing about who applied first), four digits per lot, unique
 * within the lot.
 */
public final class BidderCodes {

    private BidderCodes() {
    }

    public static String draw(SecureRandom random, Set<String> taken) {
        if (taken.size() >= 9000) {
            throw new IllegalStateException("no bidder code left for this lot");
        }
        while (true) {
            String code = Integer.toString(1000 + random.nextInt(9000));
            if (!taken.contains(code)) {
                return code;
            }
        }
    }
}
