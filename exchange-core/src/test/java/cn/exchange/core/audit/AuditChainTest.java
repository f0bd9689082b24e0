package cn.exchange.core.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = new AuditEntry(i, "2026-03-05T17:00:0" + (i % 10) + ".000+08:00", "reviewer1", "REVIEWER",
                    "10.0.0." + i, "Party", Integer.toString(100 + i), "party.approved", "status: PENDING_REVIEW -> APPROVED",
                    prev, null);
            e = e.withHash(AuditChain.hashOf(e));
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditChain.Verdict v = AuditChain.verify(chain(5), 1, AuditChain.GENESIS);
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(5);
    }

    @Test
    void anAlteredRecordIsFoundAtItsSequenceNumber() {
        List<AuditEntry> c = chain(5);
        AuditEntry third = c.get(2);
        c.set(2, new AuditEntry(3, third.recordedAt(), "someone-else", third.actorRole(), third.sourceIp(), third.objectType(),
                third.objectId(), third.action(), third.summary(), third.prevHash(), third.hash()));
        AuditChain.Verdict v = AuditChain.verify(c, 1, AuditChain.GENESIS);
        assertThat(v.firstBrokenSeq()).contains(3L);
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void aRemovedRecordIsFound() {
        List<AuditEntry> c = chain(5);
        c.remove(1);
        assertThat(AuditChain.verify(c, 1, AuditChain.GENESIS).firstBrokenSeq()).contains(2L);
    }

    @Test
    void aRecordRehashedAfterAlterationStillBreaksTheNextLink() {
        List<AuditEntry> c = chain(5);
        AuditEntry second = c.get(1);
        AuditEntry forged = new AuditEntry(2, second.recordedAt(), second.actor(), second.actorRole(), second.sourceIp(),
                second.objectType(), second.objectId(), "party.rejected", second.summary(), second.prevHash(), null);
        c.set(1, forged.withHash(AuditChain.hashOf(forged)));
        assertThat(AuditChain.verify(c, 1, AuditChain.GENESIS).firstBrokenSeq()).contains(3L);
    }
}
