package cn.exchange.core.qualification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Anti-collusion signals (issue "Bidder qualification"; a flag for staff and supervisors, never a block): applicants on
 * the same lot sharing a phone, an e-mail, an IP address or a payer account, or naming each other as related parties.
 */
public final class CollusionSignals {

    /** What is known of one applicant of the lot. */
    public record Applicant(long applicationId, String name, String phone, String email, String ip, Set<String> payerAccounts,
                            String relatedParties) {
    }

    private CollusionSignals() {
    }

    /** For each application, the signals it shares with others, as {@code kind:otherApplicationId}. */
    public static Map<Long, List<String>> of(List<Applicant> applicants) {
        Map<Long, List<String>> flags = new HashMap<>();
        for (int i = 0; i < applicants.size(); i++) {
            for (int j = i + 1; j < applicants.size(); j++) {
                Applicant a = applicants.get(i);
                Applicant b = applicants.get(j);
                List<String> shared = new ArrayList<>();
                if (a.phone() != null && Objects.equals(a.phone(), b.phone())) {
                    shared.add("phone");
                }
                if (a.email() != null && a.email().equalsIgnoreCase(String.valueOf(b.email()))) {
                    shared.add("email");
                }
                if (a.ip() != null && Objects.equals(a.ip(), b.ip())) {
                    shared.add("ip");
                }
                if (a.payerAccounts().stream().anyMatch(b.payerAccounts()::contains)) {
                    shared.add("payerAccount");
                }
                if (mentions(a.relatedParties(), b.name()) || mentions(b.relatedParties(), a.name())) {
                    shared.add("relatedParty");
                }
                for (String s : shared) {
                    flags.computeIfAbsent(a.applicationId(), k -> new ArrayList<>()).add(s + ":" + b.applicationId());
                    flags.computeIfAbsent(b.applicationId(), k -> new ArrayList<>()).add(s + ":" + a.applicationId());
                }
            }
        }
        return flags;
    }

    /** Whether a declaration names a party, compared as bank names are (width, spaces, brackets folded). */
    static boolean mentions(String declared, String name) {
        return declared != null && name != null && DepositRules.normalise(declared).contains(DepositRules.normalise(name));
    }
}
