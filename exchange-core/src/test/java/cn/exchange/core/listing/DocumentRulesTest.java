package cn.exchange.core.listing;

import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentRulesTest {

    static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0};

    @Test
    void pdfAndJpegAreKnownByTheirBytes() {
        assertThat(DocumentRules.check("评估报告.pdf", PDF)).isEqualTo(new DocumentRules.Checked("评估报告.pdf", "application/pdf", false));
        assertThat(DocumentRules.check("车辆照片.JPG", JPEG).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPdfIsKnownByItsBytesWhateverItsName() {
        // the seal check on the verification page takes any name; only the content counts
        assertThat(DocumentRules.isPdf(PDF)).isTrue();
        assertThat(DocumentRules.isPdf(JPEG)).isFalse();
        assertThat(DocumentRules.isPdf(EXE)).isFalse();
        assertThat(DocumentRules.isPdf(new byte[0])).isFalse();
    }

    @Test
    void aFileThatLiesAboutItsTypeIsRefused() {
        assertThatThrownBy(() -> DocumentRules.check("report.pdf", EXE))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("document.type"));
        assertThatThrownBy(() -> DocumentRules.check("photo.jpg", PDF))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("document.extensionMismatch"));
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> DocumentRules.check("a.pdf", new byte[0]))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("document.empty"));
        byte[] big = new byte[DocumentRules.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> DocumentRules.check("a.pdf", big))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("document.tooLarge"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd.pdf      | passwd.pdf",
            "C:\\\\Users\\\\x\\\\报告.pdf | 报告.pdf",
            "..pdf                    | pdf",
            "'a<script>.pdf'          | ascript.pdf",
    })
    void pathsAndMarkupAreStrippedFromTheName(String given, String kept) {
        assertThat(DocumentRules.displayName(given)).isEqualTo(kept);
    }
}
