package cn.exchange.core.party;

import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartyRegistrationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    static PartyRegistration.Form person(String name, String id, String mobile, String email) {
        return new PartyRegistration.Form(PartyKind.PERSON_BIDDER, name, null, id, null, mobile, email, null, null, null);
    }

    static PartyRegistration.Form enterprise(String name, String code) {
        return new PartyRegistration.Form(PartyKind.ENTERPRISE_BIDDER, name, code, null, "李经理", "13912345678",
                "li@example.cn", "上海市浦东新区", "310115", null);
    }

    @Test
    void aValidPersonIsPendingReview() {
        Party p = PartyRegistration.build(person("王伟", "11010519491231002X", "13812345678", "wang@example.cn"), TODAY, NOW);
        assertThat(p.getStatus()).isEqualTo(PartyStatus.PENDING_REVIEW);
        assertThat(p.getKind()).isEqualTo(PartyKind.PERSON_BIDDER);
        assertThat(p.publicIdentifier()).isEqualTo("110105********002X");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "王  | 11010519491231002X | 13812345678 | wang@example.cn | name      | party.nameLength",
            "王伟 | 110105194912310021 | 13812345678 | wang@example.cn | residentId | residentId.checkFailed",
            "王伟 | 110105194902300027 | 13812345678 | wang@example.cn | residentId | residentId.badBirthDate",
            "王伟 | 1101051949        | 13812345678 | wang@example.cn | residentId | residentId.malformed",
            "王伟 | 11010519491231002X | 12812345678 | wang@example.cn | mobile     | contact.mobileInvalid",
            "王伟 | 11010519491231002X | 13812345678 | wang@example      | email      | contact.emailInvalid",
    })
    void badPersonInputIsRefusedWithTheFieldNamed(String name, String id, String mobile, String email, String field, String code) {
        assertThatThrownBy(() -> PartyRegistration.build(person(name, id, mobile, email), TODAY, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).contains(org.assertj.core.groups.Tuple.tuple(field, code)));
    }

    @Test
    void aMinorCannotRegisterAsABidder() {
        String born2012 = "11010520120307001";
        String id = born2012 + ResidentId.checkCharacter(born2012);
        assertThatThrownBy(() -> PartyRegistration.build(person("王小明", id, "13812345678", null), TODAY, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("residentId.minor"));
    }

    @Test
    void anEnterpriseWithAnIrregularCreditCodeIsKeptWithAWarningAndCannotBeApprovedWithoutAnOverride() {
        Party p = PartyRegistration.build(enterprise("福州某某有限公司", "91350100M0001TGQXM"), TODAY, NOW);
        assertThat(p.getIdWarning()).isEqualTo("creditCode.checkFailed");
        assertThatThrownBy(() -> p.approve("reviewer1", null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("party.warningNeedsOverride"));
        p.overrideIdentifierWarning("营业执照原件核验一致（早期试点代码）", "reviewer1", NOW);
        p.approve("reviewer1", null, NOW);
        assertThat(p.isApproved()).isTrue();
        assertThat(p.getOverrideBy()).isEqualTo("reviewer1");
    }

    @Test
    void aMalformedCreditCodeIsRefused() {
        assertThatThrownBy(() -> PartyRegistration.build(enterprise("某公司", "9131011559169385IA"), TODAY, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("creditCode"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> PartyRegistration.build(person("", "x", "1", "y"), TODAY, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("name", "residentId", "mobile", "email"));
    }
}
