package cn.exchange.it.support;

import cn.exchange.core.party.CreditCode;
import cn.exchange.core.party.ResidentId;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test suite's cast: one signed-in account for every role, created once through the API (the administrator creates
 * staff and supervisors; a bidder and an agency register and are approved by the reviewer), plus generators of valid,
 * unique identifiers.
 */
public final class People {

    public static final String PASSWORD = "Qing-Shan-Test-2026";

    /** Every role, as the code names them. */
    public enum Who {
        ADMIN, AGENCY, BIDDER, REVIEWER, OPERATOR, SETTLEMENT, SUPERVISOR_SASAC, SUPERVISOR_DISCIPLINE, SUPERVISOR_AUDIT
    }

    /** The staff a lot's path through qualification needs, each signed in, and the reviewer's token (to approve bidders). */
    public record Staff(Api agency, String reviewerToken, Api reviewer, Api operator, Api settlement) {

        /** The suite's agency, reviewer, operator and settlement clerk, signed in (created on first use). */
        public static Staff signedIn(Api api) {
            Api agency = api.as(token(api, Who.AGENCY));
            String reviewerToken = token(api, Who.REVIEWER);
            return new Staff(agency, reviewerToken, api.as(reviewerToken), api.as(token(api, Who.OPERATOR)),
                    api.as(token(api, Who.SETTLEMENT)));
        }
    }

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100000));
    private static Map<Who, String> tokens;
    private static Map<Who, String> usernames;

    private People() {
    }

    /** The token of an account with this role (created on first use). */
    public static synchronized String token(Api api, Who who) {
        if (tokens == null) {
            create(api);
        }
        return tokens.get(who);
    }

    public static synchronized String username(Api api, Who who) {
        token(api, who);
        return usernames.get(who);
    }

    public static String adminToken(Api api) {
        return api.token("admin", TestDatabase.ADMIN_PASSWORD);
    }

    private static void create(Api api) {
        Map<Who, String> t = new EnumMap<>(Who.class);
        Map<Who, String> u = new EnumMap<>(Who.class);
        String admin = adminToken(api);
        TestCalendars.ensure(api, admin);
        t.put(Who.ADMIN, admin);
        u.put(Who.ADMIN, "admin");
        for (Who w : Who.values()) {
            if (w == Who.ADMIN || w == Who.AGENCY || w == Who.BIDDER) {
                continue;
            }
            String name = w.name().toLowerCase().replace('_', '-') + "-" + SEQ.incrementAndGet();
            Api.Answer a = api.as(admin).post("/api/admin/accounts", Map.of("username", name, "displayName", "测试" + w.name(),
                    "role", w.name(), "password", PASSWORD));
            if (a.status() != 201) {
                throw new AssertionError("cannot create " + w + ": " + a);
            }
            t.put(w, api.token(name, PASSWORD));
            u.put(w, name);
        }
        String reviewer = t.get(Who.REVIEWER);
        String bidder = registerApproved(api, reviewer, "ENTERPRISE_BIDDER", "测试竞买企业" + SEQ.incrementAndGet());
        t.put(Who.BIDDER, api.token(bidder, PASSWORD));
        u.put(Who.BIDDER, bidder);
        String agency = registerApproved(api, reviewer, "AGENCY", "测试转让单位" + SEQ.incrementAndGet());
        t.put(Who.AGENCY, api.token(agency, PASSWORD));
        u.put(Who.AGENCY, agency);
        tokens = t;
        usernames = u;
    }

    /** Registers an organisation and has the reviewer approve it; returns the user name. */
    public static String registerApproved(Api api, String reviewerToken, String kind, String name) {
        return registerApproved(api, reviewerToken, kind, name, creditCode());
    }

    /**
     * As above, with the organisation's unified social credit code (e.g. to name it as a priority right holder); a
     * natural person ({@code PERSON_BIDDER}) is registered with a fresh resident ID instead.
     */
    public static String registerApproved(Api api, String reviewerToken, String kind, String name, String creditCode) {
        String mobile = mobile();
        boolean person = "PERSON_BIDDER".equals(kind);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("creditCode", person ? null : creditCode);
        body.put("residentId", person ? residentId() : null);
        body.put("contactPerson", person ? null : "张联系");
        body.put("mobile", mobile);
        body.put("agencyType", "AGENCY".equals(kind) ? "GOVERNMENT" : null);
        body.put("username", mobile);
        body.put("password", PASSWORD);
        body.put("passwordConfirm", PASSWORD);
        Api.Answer r = api.post("/api/registrations", body);
        if (r.status() != 201) {
            throw new AssertionError("registration failed: " + r);
        }
        long partyId = r.json().getJsonObject("party").getJsonNumber("id").longValue();
        Api.Answer ok = api.as(reviewerToken).post("/api/staff/parties/" + partyId + "/approve", Map.of("text", "证照核验一致"));
        if (ok.status() != 200) {
            throw new AssertionError("approval failed: " + ok);
        }
        return mobile;
    }

    /** Registers an enterprise bidder named {@code name}, has the reviewer approve it, and signs it in. */
    public static Api approvedBidder(Api api, String reviewerToken, String name) {
        return api.as(api.token(registerApproved(api, reviewerToken, "ENTERPRISE_BIDDER", name), PASSWORD));
    }

    /** A fresh, valid mainland mobile number. */
    public static String mobile() {
        return "139" + String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
    }

    /** A fresh unified social credit code with correct check characters. */
    public static String creditCode() {
        return CreditCode.compose("91310115", String.format("%08d", SEQ.incrementAndGet() * 7919L % 100_000_000L));
    }

    /** A fresh valid resident ID of an adult born in 1980. */
    public static String residentId() {
        String first17 = "110105" + "1980" + String.format("%02d%02d", 1 + SEQ.get() % 12, 1 + SEQ.get() % 28)
                + String.format("%03d", SEQ.incrementAndGet() % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }

}
