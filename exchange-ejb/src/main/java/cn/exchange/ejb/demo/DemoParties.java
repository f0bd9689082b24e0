package cn.exchange.ejb.demo;

import cn.exchange.core.party.Account;
import cn.exchange.core.party.AgencyType;
import cn.exchange.core.party.CreditCode;
import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.ResidentId;
import cn.exchange.core.security.Role;
import cn.exchange.ejb.command.CommandContext;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's people and their accounts: a staff member of every duty and the three supervisors, four agencies (a
 * government office, a state enterprise, a bankruptcy administrator, a court) and three bidders (an enterprise and two
 * persons), all approved, every account with the hash of {@code exchange.demo.password}.
 */
record DemoParties(List<Party> agencies, List<Party> bidders) {

    /** Creates the accounts and parties, in this order, and flushes them. */
    static DemoParties create(CommandContext ctx, String hash) {
        EntityManager em = ctx.em();
        OffsetDateTime now = ctx.nowAt();
        for (String[] s : new String[][] {{"reviewer", "REVIEWER", "王审核"}, {"operator", "OPERATOR", "赵交易"},
                {"settlement", "SETTLEMENT", "钱结算"}, {"sasac", "SUPERVISOR_SASAC", "国资委监管处"},
                {"discipline", "SUPERVISOR_DISCIPLINE", "纪检监察组"}, {"audit", "SUPERVISOR_AUDIT", "审计局"}}) {
            account(ctx, s[0], hash, Role.valueOf(s[1]), null, s[2]);
        }
        List<Party> agencies = new ArrayList<>();
        String[][] agencyData = {
                {"北京市东湖区机关事务管理局", "GOVERNMENT", "11110105", "00000019"},
                {"东湖国有资本投资运营集团有限公司", "STATE_ENTERPRISE", "91110105", "10000027"},
                {"东湖精密机械厂破产管理人", "BANKRUPTCY_ADMINISTRATOR", "31110105", "20000035"},
                {"东湖区人民法院", "COURT", "11110105", "30000043"}};
        for (int i = 0; i < agencyData.length; i++) {
            String[] a = agencyData[i];
            Party p = Party.organisation(PartyKind.AGENCY, a[0], CreditCode.compose(a[2], a[3]), null, now);
            p.classifyAgency(AgencyType.valueOf(a[1]));
            p.contact("张经办", "1390000000" + (i + 1), "agency" + (i + 1) + "@demo.exchange.cn", "北京市东湖区",
                    "110105");
            p.approve("system", "demo", now);
            em.persist(p);
            agencies.add(p);
            account(ctx, "agency" + (i + 1), hash, Role.AGENCY, p, a[0]);
        }
        List<Party> bidders = new ArrayList<>();
        Party e = Party.organisation(PartyKind.ENTERPRISE_BIDDER, "东湖新能源科技有限公司",
                CreditCode.compose("91110105", "40000051"), null, now);
        e.contact("李采购", "13900000011", "bidder1@demo.exchange.cn", "北京市", "110105");
        e.approve("system", "demo", now);
        em.persist(e);
        account(ctx, "bidder1", hash, Role.BIDDER, e, e.getName());
        bidders.add(e);
        for (int i = 2; i <= 3; i++) {
            String first17 = "11010519850" + i + "1" + "5" + "12" + i;
            Party person = Party.person(i == 2 ? "陈明" : "刘芳", first17 + ResidentId.checkCharacter(first17), now);
            person.contact(person.getName(), "1390000001" + i, "bidder" + i + "@demo.exchange.cn", "北京市", "110105");
            person.approve("system", "demo", now);
            em.persist(person);
            account(ctx, "bidder" + i, hash, Role.BIDDER, person, person.getName());
            bidders.add(person);
        }
        em.flush();
        return new DemoParties(agencies, bidders);
    }

    private static Account account(CommandContext ctx, String username, String hash, Role role, Party party, String name) {
        Account a = new Account(username, hash, role, party, name, ctx.nowAt(), "system");
        ctx.em().persist(a);
        ctx.em().flush();
        ctx.record("Account", a.getId(), "account.created", "role " + role + ", user " + username + ", demo data");
        return a;
    }
}
