package cn.exchange.core.shared;

import cn.exchange.core.listing.Notice;
import cn.exchange.core.listing.Project;
import cn.exchange.core.party.Party;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The one input rule for free text: control characters, broken characters and column lengths. */
class TextRulesTest {

    @Test
    void nulAndOtherControlCharactersAreRefusedNamingTheFieldAndPosition() {
        Optional<FieldProblem> p = TextRules.check("name", "赵\u0000六", 200, false);
        assertThat(p).isPresent();
        assertThat(p.get().field()).isEqualTo("name");
        assertThat(p.get().code()).isEqualTo("text.controlCharacter");
        assertThat(p.get().message(Locale.SIMPLIFIED_CHINESE)).contains("第 2 个字符").contains("U+0000");
        assertThat(p.get().message(Locale.ENGLISH)).contains("Character 2").contains("U+0000 NUL");
        for (String bad : new String[] {"\u001B[31m", "a\u007Fb", "\u0085", "\u0008", "x\u202Eexe.pdf", "\u2066", "\uFFFF"}) {
            assertThat(TextRules.check("t", bad, 4000, true)).as(bad).map(FieldProblem::code).contains("text.controlCharacter");
        }
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineFields() {
        assertThat(TextRules.check("description", "第一行\r\n第二行\t完", 4000, true)).isEmpty();
        assertThat(TextRules.check("title", "第一行\n第二行", 200, false)).map(FieldProblem::code).contains("text.controlCharacter");
        assertThat(TextRules.check("title", "制表\t符", 200, false)).isPresent();
        assertThat(TextRules.multiLine(4000)).isTrue();
        assertThat(TextRules.multiLine(200)).isFalse();
    }

    @Test
    void loneSurrogatesAreRefusedButWholeSupplementaryCharactersAreFine() {
        assertThat(TextRules.check("name", "a\uD800", 200, false)).map(FieldProblem::code).contains("text.brokenCharacter");
        assertThat(TextRules.check("name", "\uDFFFa", 200, false)).map(FieldProblem::code).contains("text.brokenCharacter");
        assertThat(TextRules.check("name", "\uDFFF\uD800", 200, false)).map(FieldProblem::code).contains("text.brokenCharacter");
        assertThat(TextRules.check("name", "😀𠀀", 200, false)).isEmpty();
    }

    @Test
    void lengthIsCountedAsPostgresCountsCharactersAtTheLimitAndOneOver() {
        assertThat(TextRules.check("body", "档".repeat(4000), 4000, true)).isEmpty();
        assertThat(TextRules.check("body", "档".repeat(4001), 4000, true)).map(FieldProblem::code).contains("common.tooLong");
        assertThat(TextRules.check("body", "档".repeat(4001), 4000, true).get().message(Locale.ENGLISH)).isEqualTo("At most 4,000 characters.");
        // 200 emoji are 400 UTF-16 units but 200 characters in PostgreSQL
        assertThat(TextRules.check("title", "😀".repeat(200), 200, false)).isEmpty();
        assertThat(TextRules.check("title", "😀".repeat(201), 200, false)).isPresent();
        // decomposed forms are not normalised: "é" as e + combining accent is two characters, as PostgreSQL stores it
        assertThat(TextRules.check("title", "e\u0301".repeat(100), 200, false)).isEmpty();
        assertThat(TextRules.check("title", "e\u0301".repeat(100) + "x", 200, false)).isPresent();
        assertThat(TextRules.check("title", null, 200, false)).isEmpty();
    }

    @Test
    void columnLimitsAreReadFromTheEntities() {
        assertThat(ColumnLimits.of(Notice.class, "body")).isEqualTo(4000);
        assertThat(ColumnLimits.of(Party.class, "name")).isEqualTo(200);
        assertThat(ColumnLimits.of(Project.class, "title")).isEqualTo(200);
        assertThat(ColumnLimits.all(cn.exchange.core.listing.Lot.class)).containsEntry("particulars.description", 4000)
                .containsEntry("outcome.path", 20);
    }
}
