package cn.exchange.web.base;

import cn.exchange.core.party.PartyKind;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.web.listing.LotRequests;
import cn.exchange.web.party.RegistrationResource;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What the API answers for a body JSON-B cannot read (the field named, in words, never the
 * parser's "Incorrect position for processing type…" or "No enum constant…"), and the text rule applied to every
 * string of a body. Bodies are read with Yasson, the JSON-B implementation Payara uses.
 */
class RequestBodiesTest {

    final Jsonb jsonb = JsonbBuilder.create();

    public record Row(String title, BigDecimal price) {
    }

    public record Batch(String name, List<Row> rows, PartyKind kind) {
    }

    private DomainException refusal(String body, Type type) {
        Throwable t = catchThrowable(() -> jsonb.fromJson(body, type));
        assertThat(t).as(body).isNotNull();
        assertThat(RequestBodies.isJsonFailure(t)).isTrue();
        return RequestBodies.describe(t, type);
    }

    private static String both(DomainException e) {
        return e.message(Locale.SIMPLIFIED_CHINESE) + " | " + e.message(Locale.ENGLISH);
    }

    @Test
    void anUnknownEnumNameNamesTheFieldAndTheAcceptedValues() {
        DomainException e = refusal("{\"kind\": \"ADMIN\", \"name\": \"x\"}", RegistrationResource.Registration.class);
        assertThat(e.problems().get(0).field()).isEqualTo("kind");
        assertThat(e.code()).isEqualTo("request.badEnum");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("“kind”").contains("AGENCY, ENTERPRISE_BIDDER, PERSON_BIDDER");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("The value of \"kind\" is not valid: expected one of AGENCY, ENTERPRISE_BIDDER, PERSON_BIDDER");
        assertThat(both(e)).doesNotContain("No enum constant").doesNotContain("cn.exchange");
        // also inside a list of rows
        DomainException nested = refusal("{\"kind\": 42}", Batch.class);
        assertThat(nested.problems().get(0).field()).isEqualTo("kind");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldAndWhatItShouldHold() {
        DomainException text = refusal("{\"name\": {\"a\": 1}}", RegistrationResource.Registration.class);
        assertThat(text.problems().get(0).field()).isEqualTo("name");
        assertThat(text.message(Locale.ENGLISH)).isEqualTo("The value of \"name\" is not valid: expected text");
        assertThat(text.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("“name”的值不正确：应为文字");
        DomainException price = refusal("{\"rows\": [{\"title\": \"a\", \"price\": \"abc\"}]}", Batch.class);
        assertThat(price.problems().get(0).field()).isEqualTo("rows.price");
        assertThat(price.message(Locale.ENGLISH)).endsWith("expected a number");
        DomainException list = refusal("{\"rows\": {}}", Batch.class);
        assertThat(list.message(Locale.ENGLISH)).isEqualTo("The value of \"rows\" is not valid: expected a list");
        for (DomainException e : List.of(text, price, list)) {
            assertThat(both(e)).doesNotContain("Incorrect position").doesNotContain("processing type").doesNotContain("java.");
        }
    }

    @Test
    void aBodyThatIsNotJsonOrNotAnObjectIsSaidSo() {
        for (String body : new String[] {"{", "not json", "{\"name\": \"a\" \"b\"}"}) {
            DomainException e = refusal(body, RegistrationResource.Registration.class);
            assertThat(e.code()).as(body).isEqualTo("request.notJson");
            assertThat(e.message(Locale.ENGLISH)).isEqualTo("The request body is not valid JSON.");
            assertThat(both(e)).doesNotContain("Invalid token").doesNotContain("EOF");
        }
        for (String body : new String[] {"[]", "\"just a string\""}) {
            DomainException e = refusal(body, RegistrationResource.Registration.class);
            assertThat(e.code()).as(body).isEqualTo("request.wrongShape");
            assertThat(both(e)).doesNotContain("Incorrect position").doesNotContain("Internal error");
        }
    }

    @Test
    void everyTextOfABodyPassesTheInputRuleNamedByItsPath() {
        Batch b = new Batch("甲\u0000乙", List.of(new Row("好", null), new Row("坏\uD800", null)), null);
        List<FieldProblem> p = RequestBodies.textProblems(b);
        assertThat(p).extracting(FieldProblem::field).containsExactly("name", "rows[1].title");
        assertThat(p).extracting(FieldProblem::code).containsExactly("text.controlCharacter", "text.brokenCharacter");
        assertThat(RequestBodies.textProblems(new Batch("多行\r\n文字\t可以", List.of(), null))).isEmpty();
    }

    @Test
    void aFieldThatFillsAColumnIsCheckedAgainstItsLengthAtTheLimitAndOneOver() {
        assertThat(RequestBodies.textProblems(new LotRequests.Text("变".repeat(4000)))).isEmpty();
        List<FieldProblem> over = RequestBodies.textProblems(new LotRequests.Text("变".repeat(4001)));
        assertThat(over).extracting(FieldProblem::field).containsExactly("text");
        assertThat(over.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("不能超过 4,000 个字符。");
        assertThat(RequestBodies.textProblems(new LotRequests.Text("变更\u0000"))).extracting(FieldProblem::code)
                .containsExactly("text.controlCharacter");
    }

    @Test
    void aCourtLotsAssetKindIsReadFromTheProjectBodyAndABadOneIsNamed() throws Exception {
        // rule 34: the API takes the kind of a court-entrusted lot as "courtAssetKind"
        String lot = "{\"title\": \"办公楼\", \"listingPrice\": 7000000.00, \"courtAssetKind\": \"REAL_ESTATE\"}";
        cn.exchange.ejb.listing.ProjectForm form = jsonb.fromJson("{\"title\": \"法院委托\", \"category\": \"COURT_ENTRUSTED\", \"lots\": ["
                + lot + "]}", cn.exchange.ejb.listing.ProjectForm.class);
        assertThat(form.lots().get(0).courtAssetKind()).isEqualTo(cn.exchange.core.listing.CourtAssetKind.REAL_ESTATE);
        assertThat(form.lots().get(0).listingPrice()).isEqualByComparingTo("7000000.00");
        DomainException e = refusal("{\"title\": \"法院委托\", \"lots\": [{\"courtAssetKind\": \"HOUSE\"}]}",
                cn.exchange.ejb.listing.ProjectForm.class);
        assertThat(e.problems().get(0).field()).isEqualTo("lots.courtAssetKind");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("MOVABLE, REAL_ESTATE, PROPERTY_RIGHT");
    }
}
