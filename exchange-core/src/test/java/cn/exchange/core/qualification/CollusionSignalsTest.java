package cn.exchange.core.qualification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CollusionSignalsTest {

    @Test
    void sharedContactsAddressesAccountsAndDeclaredRelationsAreFlaggedBothWays() {
        var a = new CollusionSignals.Applicant(1, "东湖甲公司", "13900000001", "x@a.cn", "10.0.0.1", Set.of("6222-1"), null);
        var b = new CollusionSignals.Applicant(2, "东湖乙公司", "13900000001", "X@A.CN", "10.0.0.2", Set.of("6222-1"),
                "关联方：东湖 甲公司（同一实际控制人）");
        var c = new CollusionSignals.Applicant(3, "东湖丙公司", "13900000003", "c@c.cn", "10.0.0.1", Set.of(), null);
        var flags = CollusionSignals.of(List.of(a, b, c));
        assertThat(flags.get(1L)).containsExactlyInAnyOrder("phone:2", "email:2", "payerAccount:2", "relatedParty:2", "ip:3");
        assertThat(flags.get(2L)).containsExactlyInAnyOrder("phone:1", "email:1", "payerAccount:1", "relatedParty:1");
        assertThat(flags.get(3L)).containsExactly("ip:1");
    }
}
