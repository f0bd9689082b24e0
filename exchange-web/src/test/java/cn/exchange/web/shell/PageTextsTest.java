package cn.exchange.web.shell;

import cn.exchange.core.party.AgencyType;
import cn.exchange.core.party.AccountStatus;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PartyStatus;
import cn.exchange.core.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a page shows exists in Chinese and in English; no page hard-codes a text key that is missing. */
class PageTextsTest {

    static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PageTextsTest.class.getResourceAsStream("/cn/exchange/web/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameTexts() throws IOException {
        assertThat(bundle("en").keySet()).isEqualTo(bundle("zh").keySet());
    }

    @Test
    void everyKeyThePagesAndBeansUseExists() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern inPages = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Pattern inBeans = Pattern.compile("Pages\\.text\\(\"([A-Za-z0-9_.]+)\"");
        for (Path root : new Path[]{Path.of("src/main/webapp"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = (f.toString().endsWith(".java") ? inBeans : inPages).matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        // keys completed at run time from an enum ("listingStatus." + status): every value of each enum
        keys(used, "role.", Role.values());
        keys(used, "partyKind.", PartyKind.values());
        keys(used, "partyStatus.", PartyStatus.values());
        keys(used, "agencyType.", AgencyType.values());
        keys(used, "accountStatus.", AccountStatus.values());
        keys(used, "category.", cn.exchange.core.listing.Category.values());
        keys(used, "listingStatus.", cn.exchange.core.listing.ListingStatus.values());
        keys(used, "method.", cn.exchange.core.listing.BiddingMethod.values());
        keys(used, "noticeKind.", cn.exchange.core.listing.NoticeKind.values());
        keys(used, "applicationStatus.", cn.exchange.core.qualification.Application.Status.values());
        keys(used, "depositMatch.", cn.exchange.core.qualification.DepositMatch.values());
        keys(used, "dealStatus.", cn.exchange.core.settlement.Deal.Status.values());
        keys(used, "dealMethod.", cn.exchange.core.settlement.FeeTable.Method.values());
        keys(used, "contractKind.", cn.exchange.core.settlement.ContractTemplate.Kind.values());
        keys(used, "disbursementKind.", cn.exchange.core.settlement.Disbursement.Kind.values());
        keys(used, "disbursementStatus.", cn.exchange.core.settlement.Disbursement.Status.values());
        keys(used, "redFlag.", cn.exchange.core.supervision.RedFlags.Kind.values());
        keys(used, "report.by.", cn.exchange.core.supervision.Report.By.values());
        keys(used, "deadlineKind.", cn.exchange.ejb.calendar.DeadlineKind.values());
        keys(used, "trailKind.", new String[] {"AUDIT", "NOTICE", "DOCUMENT", "APPLICATION", "BID", "POSTING"});
        // a prefix completed at run time ("listingStatus." + status) is covered by the enum loops above
        used.removeIf(k -> k.endsWith("."));
        assertThat(bundle("zh").keySet()).containsAll(used);
    }

    private static void keys(Set<String> used, String prefix, Object[] values) {
        for (Object v : values) {
            used.add(prefix + v);
        }
    }
}
