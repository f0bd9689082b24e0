package cn.exchange.core.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationKindTest {

    @Test
    void chineseFirstEnglishBelowEachWithTheNameAndTheLink() {
        NotificationKind.Text t = NotificationKind.ACCOUNT_REJECTED.render("武汉某某贸易有限公司", "营业执照已过期",
                "https://exchange.example/account/inbox.xhtml");
        assertThat(t.subject()).isEqualTo("账户审核未通过：武汉某某贸易有限公司 / Account not approved: 武汉某某贸易有限公司");
        assertThat(t.body()).startsWith("您的主体“武汉某某贸易有限公司”未通过本所审核。原因：营业执照已过期\nhttps://exchange.example/account/inbox.xhtml\n\n"
                + "Your party \"武汉某某贸易有限公司\" was not approved");
        assertThat(t.body().indexOf("https://")).isLessThan(t.body().indexOf("Your party"));
        assertThat(t.body().lastIndexOf("https://")).isGreaterThan(t.body().indexOf("Your party"));
    }

    @Test
    void everyKindHasBothLanguagesAndNamesItsObject() {
        for (NotificationKind k : NotificationKind.values()) {
            NotificationKind.Text t = k.render("OBJ-名称", "DETAIL", null);
            assertThat(t.subject()).as(k.name()).contains(" / ").matches("(?s).*\\p{IsHan}.* / .*[A-Za-z].*");
            assertThat(t.body()).as(k.name()).contains("OBJ-名称").contains("\n\n");
            assertThat(t.body().replace("OBJ-名称", "")).as(k.name() + ": Chinese first").matches("(?s)^\\P{IsLatin}*\\p{IsHan}.*");
            String english = t.body().substring(t.body().indexOf("\n\n")).replace("OBJ-名称", "");
            assertThat(english).as(k.name()).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void aDepositNotMatchedSaysWhyInBothLanguages() {
        for (cn.exchange.core.qualification.DepositMatch m : cn.exchange.core.qualification.DepositMatch.values()) {
            assertThat(NotificationKind.depositProblem(m)).as(m.name()).matches("(?s)\\p{IsHan}.*/ [A-Z].*");
        }
        assertThat(NotificationKind.depositProblem(cn.exchange.core.qualification.DepositMatch.WRONG_PAYER)).contains("规则 16").contains("rule 16");
    }

    @Test
    void aNameWithQuotesOrBracesIsNotAPattern() {
        NotificationKind.Text t = NotificationKind.APPLICATION_QUALIFIED.render("O'Brien {0} 资产", "A07", null);
        assertThat(t.body()).contains("O'Brien {0} 资产").contains("A07");
    }
}
