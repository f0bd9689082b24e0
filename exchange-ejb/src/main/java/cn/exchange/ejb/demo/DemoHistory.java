package cn.exchange.ejb.demo;

import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.YearNotEntered;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.party.Party;
import cn.exchange.core.qualification.Application;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.auction.DemoSessions;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.listing.ListingSettingsProducer;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo data for supervisors, so that the trail, the replay, every report and most red flags show something
 * on the first run:
 * <ul>
 *   <li>a session that ran five days ago with three bidders, paused and resumed by staff, two of the bidders bidding
 *       from one IP address and having applied from it — its result and deal follow at the first sweep;</li>
 *   <li>a record migrated from the exchange's previous system (as every exchange has), which breaks rules the system
 *       enforces today: listed below 90 % of a valuation more than a year old without an approval document, a short
 *       announcement, buyer conditions changed during disclosure, one of three applicants qualified, sold below the
 *       valuation, its refunds and contract overdue;</li>
 *   <li>the paying demo deal made late, so that the deadline check opens its forfeiture case.</li>
 * </ul>
 */
final class DemoHistory {

    private final DemoProjects projects;
    private final DemoStages stages;
    private final AuctionService auctions;
    private final DemoSessions sessions;
    private final DemoDeals deals;
    private final ListingSettingsProducer rules;

    DemoHistory(DemoProjects projects, DemoStages stages, AuctionService auctions, DemoSessions sessions, DemoDeals deals,
                ListingSettingsProducer rules) {
        this.projects = projects;
        this.stages = stages;
        this.auctions = auctions;
        this.sessions = sessions;
        this.deals = deals;
        this.rules = rules;
    }

    int create(CommandContext ctx, List<Party> agencies, List<Party> bidders) {
        pastSession(ctx, agencies, bidders);
        migratedRecord(ctx, agencies, bidders);
        ctx.em().createNativeQuery("update deal set effective_at = effective_at - interval '20 days', first_due_on = first_due_on - 20"
                + " where status = 'PAYING'").executeUpdate();
        return 2;
    }

    private void pastSession(CommandContext ctx, List<Party> agencies, List<Party> bidders) {
        EntityManager em = ctx.em();
        OffsetDateTime now = ctx.nowAt();
        String title = "东湖区档案局公务用车（历史场次，已竞价）";
        projects.project(ctx, agencies.get(0), Category.ADMINISTRATIVE_ASSET, title, 40, 1, i ->
                projects.terms("公务用车 京N·66231 别克GL8 2018款", "东湖区", "东湖区档案局停车场", 80_000, 8_000, 1_000));
        Lot lot = lot(em, title);
        if (lot == null) {
            return;
        }
        List<Application> apps = new ArrayList<>();
        for (Party b : bidders) {
            apps.add(stages.application(ctx, lot, b, true, Application.Opinion.QUALIFIED, Application.Reply.AGREED));
        }
        projects.store(ctx, lot, lot.expire(now, apps.size()));
        String[] codes = {"3107", "5528", "8846"};
        Map<String, String> ips = new HashMap<>();
        Map<String, Long> accounts = new HashMap<>();
        for (int i = 0; i < apps.size(); i++) {
            apps.get(i).conclude(true, codes[i]);
            ips.put(codes[i], i == 0 ? "203.0.113.21" : "198.51.100.77");
            accounts.put(codes[i], ((Number) em.createNativeQuery("select id from account where username = ?1")
                    .setParameter(1, "bidder" + (i + 1)).getSingleResult()).longValue());
        }
        projects.store(ctx, lot, lot.concludeQualification(apps.size(), now));
        OffsetDateTime scheduled = now.plusMinutes(1);
        projects.store(ctx, lot, lot.scheduleAuction(scheduled, now));
        auctions.open(lot, scheduled, Duration.ofSeconds(60), Duration.ofSeconds(30));
        em.flush();
        em.createNativeQuery("update application set submitted_ip = '198.51.100.77' where lot_id = ?1 and bidder_code in ('5528', '8846')")
                .setParameter(1, lot.getId()).executeUpdate();
        Instant t0 = now.minusDays(5).atZoneSameInstant(ExchangeTime.ZONE).withHour(10).withMinute(0).withSecond(0).withNano(0).toInstant();
        List<AuctionCommand> commands = List.of(
                new AuctionCommand.Tick(t0),
                new AuctionCommand.PlaceBid("3107", new BigDecimal("80000.00"), t0.plusSeconds(10)),
                new AuctionCommand.PlaceBid("5528", new BigDecimal("81000.00"), t0.plusSeconds(20)),
                new AuctionCommand.PlaceBid("8846", new BigDecimal("82000.00"), t0.plusSeconds(40)),
                new AuctionCommand.Pause("机房网络中断，经交易部负责人批准暂停", t0.plusSeconds(50)),
                new AuctionCommand.Resume(t0.plusSeconds(650)),
                new AuctionCommand.PlaceBid("3107", new BigDecimal("83000.00"), t0.plusSeconds(655)),
                new AuctionCommand.PlaceBid("5528", new BigDecimal("84000.00"), t0.plusSeconds(670)),
                new AuctionCommand.Tick(t0.plusSeconds(701)));
        sessions.ranAt(lot.getId(), t0, commands, ips, accounts);
        ctx.record("Lot", lot.getId(), "auction.paused", "机房网络中断，经交易部负责人批准暂停（演示数据：历史场次）");
        ctx.record("Lot", lot.getId(), "auction.resumed", "网络恢复，恢复竞价（演示数据：历史场次）");
    }

    private void migratedRecord(CommandContext ctx, List<Party> agencies, List<Party> bidders) {
        EntityManager em = ctx.em();
        OffsetDateTime now = ctx.nowAt();
        String title = "东湖供销商贸有限公司 51% 股权（旧系统迁移记录）";
        projects.project(ctx, agencies.get(1), Category.EQUITY_TRANSFER, title, 45, 1, i ->
                projects.terms("东湖供销商贸有限公司 51% 股权", "东湖区", "东湖区商贸街 9 号", 6_000_000, 600_000, 10_000));
        Lot lot = lot(em, title);
        if (lot == null) {
            return;
        }
        try {
            projects.store(ctx, lot, lot.amend("变更受让条件：意向受让方须具有三年以上商贸流通行业经营经验", now.minusDays(30),
                    rules.calendar(), rules.settings()));
        } catch (YearNotEntered e) {
            DemoData.notLoaded(title, e);
            return;
        }
        Application winner = stages.application(ctx, lot, bidders.get(0), true, Application.Opinion.QUALIFIED,
                Application.Reply.AGREED);
        stages.application(ctx, lot, bidders.get(1), true, null, null);
        stages.application(ctx, lot, bidders.get(2), true, null, null);
        if (lot.getEndsAt().isAfter(now)) {
            return;
        }
        projects.store(ctx, lot, lot.expire(now, 3));
        winner.conclude(true, "6402");
        projects.store(ctx, lot, lot.concludeQualification(1, now));
        projects.store(ctx, lot, lot.recordNegotiatedDeal(lot.getListingPrice(), now));
        deals.complete(ctx, lot, "bidder1", "agency2", null, DemoDeals.Stage.SIGNING);
        // what the previous system let through, as it was migrated
        long id = lot.getId();
        em.createNativeQuery("update lot set appraised_value = 7500000, valuation_base_date = first_published_on - 800, period_wd = 12"
                + " where id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("update project set approval_issuer = null, approval_number = null, approval_date = null where id = ?1")
                .setParameter(1, lot.getProject().getId()).executeUpdate();
        em.createNativeQuery("update disbursement set due_on = ?2 where lot_id = ?1").setParameter(1, id)
                .setParameter(2, java.sql.Date.valueOf(ctx.today().minusDays(3))).executeUpdate();
        em.createNativeQuery("update deal set sign_deadline = ?2 where lot_id = ?1").setParameter(1, id)
                .setParameter(2, now.minusDays(1)).executeUpdate();
        ctx.record("Lot", id, "demo.migrated", "旧系统迁移记录：评估值 7,500,000.00、评估基准日、公告 12 个工作日及批准文件缺失均按原系统导入");
    }

    private static Lot lot(EntityManager em, String title) {
        Lot lot = em.createNamedQuery("Lot.byProjectTitle", Lot.class).setParameter("t", title).getSingleResult();
        return lot.getStatus() == ListingStatus.PUBLISHED ? lot : null;
    }
}
