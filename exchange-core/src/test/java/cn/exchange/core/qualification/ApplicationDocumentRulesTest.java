package cn.exchange.core.qualification;

import cn.exchange.core.party.PartyKind;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static cn.exchange.core.qualification.ApplicationDocumentKind.BUSINESS_LICENCE;
import static cn.exchange.core.qualification.ApplicationDocumentKind.COMMITMENT_LETTER;
import static cn.exchange.core.qualification.ApplicationDocumentKind.ID_DOCUMENT;
import static cn.exchange.core.qualification.ApplicationDocumentKind.POWER_OF_ATTORNEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApplicationDocumentRulesTest {

    static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0};

    @Test
    void theCommitmentLetterIsRequiredOfEveryoneWithTheIdentityOfTheBiddersKind() {
        assertThat(ApplicationDocumentRules.required(PartyKind.ENTERPRISE_BIDDER, false)).containsExactly(BUSINESS_LICENCE, COMMITMENT_LETTER);
        assertThat(ApplicationDocumentRules.required(PartyKind.PERSON_BIDDER, false)).containsExactly(ID_DOCUMENT, COMMITMENT_LETTER);
    }

    @Test
    void anAgentsApplicationAlsoNeedsThePowerOfAttorney() {
        assertThat(ApplicationDocumentRules.required(PartyKind.ENTERPRISE_BIDDER, true))
                .containsExactly(BUSINESS_LICENCE, POWER_OF_ATTORNEY, COMMITMENT_LETTER);
        assertThat(ApplicationDocumentRules.required(PartyKind.PERSON_BIDDER, true))
                .containsExactly(ID_DOCUMENT, POWER_OF_ATTORNEY, COMMITMENT_LETTER);
    }

    @Test
    void whatIsMissingIsNamedInBothLanguages() {
        assertThat(ApplicationDocumentRules.missing(PartyKind.ENTERPRISE_BIDDER, false, Set.of(BUSINESS_LICENCE))).containsExactly(COMMITMENT_LETTER);
        assertThat(ApplicationDocumentRules.missing(PartyKind.PERSON_BIDDER, true, List.of(ID_DOCUMENT, COMMITMENT_LETTER)))
                .containsExactly(POWER_OF_ATTORNEY);
        DomainException e = catchThrowableOfType(() -> ApplicationDocumentRules.requireComplete(PartyKind.ENTERPRISE_BIDDER, false,
                Set.of(BUSINESS_LICENCE)), DomainException.class);
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("commitmentLetter");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("缺少竞买承诺书（已签署）");
        assertThat(e.message(Locale.ENGLISH)).contains("Missing document: Signed bidding commitment letter");
        // complete: nothing to say (an extra power of attorney does no harm)
        ApplicationDocumentRules.requireComplete(PartyKind.ENTERPRISE_BIDDER, false, Set.of(BUSINESS_LICENCE, COMMITMENT_LETTER, POWER_OF_ATTORNEY));
    }

    @Test
    void filesAreCheckedOnTheirBytesAndTheRefusalNamesTheDocument() {
        assertThat(ApplicationDocumentRules.check(PartyKind.ENTERPRISE_BIDDER, COMMITMENT_LETTER, "承诺书.pdf", PDF).contentType())
                .isEqualTo("application/pdf");
        assertThat(ApplicationDocumentRules.check(PartyKind.PERSON_BIDDER, ID_DOCUMENT, "C:\\scans\\身份证.png", PNG).name()).isEqualTo("身份证.png");
        DomainException exe = catchThrowableOfType(() -> ApplicationDocumentRules.check(PartyKind.ENTERPRISE_BIDDER, COMMITMENT_LETTER,
                "承诺书.pdf", EXE), DomainException.class);
        assertThat(exe.problems().get(0).field()).isEqualTo("commitmentLetter");
        assertThat(exe.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("竞买承诺书（已签署）：只接受 PDF、JPEG 或 PNG 文件（按文件内容识别）。");
        assertThat(exe.message(Locale.ENGLISH)).startsWith("Signed bidding commitment letter: only PDF, JPEG or PNG");
        DomainException renamed = catchThrowableOfType(() -> ApplicationDocumentRules.check(PartyKind.ENTERPRISE_BIDDER, BUSINESS_LICENCE,
                "licence.jpg", PDF), DomainException.class);
        assertThat(renamed.problems().get(0).field()).isEqualTo("businessLicence");
        assertThat(renamed.message(Locale.ENGLISH)).isEqualTo("Business licence: the extension \"jpg\" does not match what the file really is.");
        DomainException big = catchThrowableOfType(() -> ApplicationDocumentRules.check(PartyKind.ENTERPRISE_BIDDER, POWER_OF_ATTORNEY,
                "poa.pdf", new byte[10 * 1024 * 1024 + 1]), DomainException.class);
        assertThat(big.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("授权委托书：文件不得超过 10 MB。");
        assertThat(catchThrowableOfType(() -> ApplicationDocumentRules.check(PartyKind.ENTERPRISE_BIDDER, COMMITMENT_LETTER, "a.pdf",
                new byte[0]), DomainException.class).problems().get(0).field()).isEqualTo("commitmentLetter");
    }

    @Test
    void aBidderAttachesOnlyTheDocumentsOfItsKind() {
        assertThatThrownBy(() -> ApplicationDocumentRules.check(PartyKind.PERSON_BIDDER, BUSINESS_LICENCE, "licence.pdf", PDF))
                .satisfies(e -> assertThat(((DomainException) e).problems().get(0).field()).isEqualTo("kind"));
        assertThatThrownBy(() -> ApplicationDocumentRules.check(PartyKind.ENTERPRISE_BIDDER, ID_DOCUMENT, "id.pdf", PDF))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("applicationDocument.kindNotForBidder"));
        assertThatThrownBy(() -> ApplicationDocumentRules.check(PartyKind.ENTERPRISE_BIDDER, null, "a.pdf", PDF))
                .satisfies(e -> assertThat(((DomainException) e).problems().get(0).field()).isEqualTo("kind"));
    }
}
