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
        for (Role r : Role.values()) {
            used.add("role." + r);
        }
        for (PartyKind k : PartyKind.values()) {
            used.add("partyKind." + k);
        }
        for (PartyStatus s : PartyStatus.values()) {
            used.add("partyStatus." + s);
        }
        for (AgencyType t : AgencyType.values()) {
            used.add("agencyType." + t);
        }
        for (AccountStatus s : AccountStatus.values()) {
            used.add("accountStatus." + s);
        }
        for (cn.exchange.core.listing.Category c : cn.exchange.core.listing.Category.values()) {
            used.add("category." + c);
        }
        for (cn.exchange.core.listing.ListingStatus st : cn.exchange.core.listing.ListingStatus.values()) {
            used.add("listingStatus." + st);
        }
        for (cn.exchange.core.listing.BiddingMethod b : cn.exchange.core.listing.BiddingMethod.values()) {
            used.add("method." + b);
        }
        for (cn.exchange.core.listing.NoticeKind k : cn.exchange.core.listing.NoticeKind.values()) {
            used.add("noticeKind." + k);
        }
        for (cn.exchange.core.qualification.Application.Status st : cn.exchange.core.qualification.Application.Status.values()) {
            used.add("applicationStatus." + st);
        }
        for (cn.exchange.core.qualification.DepositMatch m : cn.exchange.core.qualification.DepositMatch.values()) {
            used.add("depositMatch." + m);
        }
        for (cn.exchange.core.settlement.Deal.Status st : cn.exchange.core.settlement.Deal.Status.values()) {
            used.add("dealStatus." + st);
        }
        for (cn.exchange.core.settlement.FeeTable.Method m : cn.exchange.core.settlement.FeeTable.Method.values()) {
            used.add("dealMethod." + m);
        }
        for (cn.exchange.core.settlement.ContractTemplate.Kind k : cn.exchange.core.settlement.ContractTemplate.Kind.values()) {
            used.add("contractKind." + k);
        }
        for (cn.exchange.core.settlement.Disbursement.Kind k : cn.exchange.core.settlement.Disbursement.Kind.values()) {
            used.add("disbursementKind." + k);
        }
        for (cn.exchange.core.settlement.Disbursement.Status st : cn.exchange.core.settlement.Disbursement.Status.values()) {
            used.add("disbursementStatus." + st);
        }
        for (cn.exchange.core.supervision.RedFlags.Kind k : cn.exchange.core.supervision.RedFlags.Kind.values()) {
            used.add("redFlag." + k);
        }
        for (cn.exchange.core.supervision.Report.By b : cn.exchange.core.supervision.Report.By.values()) {
            used.add("report.by." + b);
        }
        for (String k : new String[] {"AUDIT", "NOTICE", "DOCUMENT", "APPLICATION", "BID", "POSTING"}) {
            used.add("trailKind." + k);
        }
        // a prefix completed at run time ("listingStatus." + status) is covered by the enum loops above
        used.removeIf(k -> k.endsWith("."));
        assertThat(bundle("zh").keySet()).containsAll(used);
    }
}
