package cn.exchange.ejb.demo;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.party.Party;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.qualification.BidderCodes;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.calendar.DeadlineKind;
import cn.exchange.ejb.calendar.PendingDeadlines;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.qualification.QualificationService;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo's lots past their announcement: applications with their deposits, the reviewers' opinions and the agencies'
 * replies, qualification concluded with bidder codes, auctions scheduled (one opening in the hall on the first run),
 * negotiated transfers taken to the contract, the payments and the certificate.
 */
final class DemoStages {

    private final DemoProjects projects;
    private final AuctionService auctions;
    private final DemoDeals demoDeals;
    private final QualificationService qualification;
    private final PendingDeadlines pending;

    DemoStages(DemoProjects projects, AuctionService auctions, DemoDeals demoDeals, QualificationService qualification,
               PendingDeadlines pending) {
        this.projects = projects;
        this.auctions = auctions;
        this.demoDeals = demoDeals;
        this.qualification = qualification;
        this.pending = pending;
    }

    /**
     * Lots in the stages of qualification: applications awaiting deposits on a running announcement, opinions awaiting
     * the agency's reply, two qualified bidders with codes and a scheduled auction, one qualified bidder in negotiation.
     */
    int create(CommandContext ctx, List<Party> agencies, List<Party> bidders) {
        EntityManager em = ctx.em();
        OffsetDateTime now = ctx.nowAt();
        // a running announcement: two applications, one deposit paid
        Lot running = em.createNamedQuery("Lot.ofCategory", Lot.class)
                .setParameter("c", Category.EQUITY_TRANSFER).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (running != null && running.getStatus() == ListingStatus.PUBLISHED) {
            application(ctx, running, bidders.get(0), true, null, null);
            application(ctx, running, bidders.get(1), false, null, null);
        }
        String[][] stages = {{"东湖区园林局旧办公家具（资格审核中）", "review"}, {"东湖区公车改革剩余车辆（待竞价）", "auction"},
                {"东湖区机关事务局公务用车（竞价大厅）", "live"}, {"东湖某公司闲置厂房设备（协议转让）", "negotiation"},
                {"东湖区财政局公务用车（已成交，待签合同）", "SIGNING"}, {"东湖区审计局公务用车（已成交，付款中）", "PAYING"},
                {"东湖数据科技有限公司 20% 股权（已成交，分期付款）", "CERTIFIED"}, {"东湖区文化馆旧音响设备（已成交）", "CERTIFIED"}};
        for (String[] st : stages) {
            boolean equity = st[0].contains("股权");
            projects.project(ctx, agencies.get(equity ? 1 : 0), equity ? Category.EQUITY_TRANSFER : Category.ADMINISTRATIVE_ASSET,
                    st[0], equity ? 40 : 14, 1, i -> projects.terms(st[0].replaceAll("（.*）", ""), "东湖区", "东湖区",
                            equity ? 12_000_000 : 150_000, equity ? 1_200_000 : 15_000, 1_000));
            Lot lot = em.createNamedQuery("Lot.byProjectTitle", Lot.class).setParameter("t", st[0])
                    .getSingleResult();
            if (lot.getStatus() != ListingStatus.PUBLISHED) {
                continue;
            }
            boolean sold = st[1].equals(st[1].toUpperCase());
            int applicants = st[1].equals("negotiation") || sold ? 1 : 2;
            List<Application> apps = new ArrayList<>();
            for (int b = 0; b < applicants; b++) {
                apps.add(application(ctx, lot, bidders.get(sold && st[0].contains("文化馆") ? 1 : b), true,
                        Application.Opinion.QUALIFIED, st[1].equals("review") ? null : Application.Reply.AGREED));
            }
            projects.store(ctx, lot, lot.expire(lot.getEndsAt().isBefore(now) ? now : lot.getEndsAt(), applicants));
            if (st[1].equals("review")) {
                continue;
            }
            Set<String> taken = new HashSet<>();
            for (var a : apps) {
                String code = BidderCodes.draw(new SecureRandom(), taken);
                taken.add(code);
                a.conclude(true, code);
            }
            projects.store(ctx, lot, lot.concludeQualification(applicants, now));
            if (st[1].equals("auction")) {
                OffsetDateTime starts = now.plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
                projects.store(ctx, lot, lot.scheduleAuction(starts, now));
                auctions.open(lot, starts, null, null);
            }
            if (sold) {
                // negotiated transfers taken to the contract, the payments and the certificate
                projects.store(ctx, lot, lot.recordNegotiatedDeal(lot.getListingPrice(), now));
                PaymentPlan plan = equity ? new PaymentPlan(2, new BigDecimal("4800000.00"), ctx.today().plusMonths(10),
                        new BigDecimal("3.0"), "东湖融资担保有限公司连带责任保证") : null;
                demoDeals.complete(ctx, lot, st[0].contains("文化馆") ? "bidder2" : "bidder1", equity ? "agency2" : "agency1", plan,
                        DemoDeals.Stage.valueOf(st[1]));
            }
            if (st[1].equals("live")) {
                // the hall has a session on the first run: it opens two minutes after the start, 30 minutes of free bidding
                OffsetDateTime starts = now.plusMinutes(2).withNano(0);
                projects.store(ctx, lot, lot.scheduleAuction(starts, now));
                auctions.open(lot, starts, Duration.ofMinutes(30), null);
            }
        }
        return stages.length;
    }

    /**
     * An application of {@code bidder} for {@code lot}: its deposit credited by the bank when {@code paid}, reviewed with
     * {@code opinion} and answered with {@code reply} when given.
     */
    Application application(CommandContext ctx, Lot lot, Party bidder, boolean paid, Application.Opinion opinion,
                            Application.Reply reply) {
        OffsetDateTime at = lot.getEndsAt().isBefore(ctx.nowAt()) ? lot.getEndsAt().minusDays(2) : ctx.nowAt().minusHours(2);
        var a = Application.forLot(lot, bidder.getId(), true, null, null, at, "203.0.113." + (10 + bidder.getId() % 200));
        ctx.em().persist(a);
        ctx.em().flush();
        a.assignPaymentReference();
        DemoApplicationDocuments.attach(ctx, a, bidder);
        if (paid) {
            var credit = new BankCredit("DEMO-" + a.getId(), at.plusHours(1), lot.getDeposit(), bidder.getName(),
                    "62220000" + String.format("%08d", bidder.getId()), a.getPaymentReference());
            a.depositReceived(credit.receivedAt());
            demoDeals.depositPaid(ctx, a.getId(), lot.getId(), credit);
        }
        if (opinion != null) {
            var deadline = qualification.replyDeadline(ctx.nowAt());
            a.review(opinion, null, null, lot, "reviewer", ctx.nowAt(), deadline.value());
            pending.register(ctx, DeadlineKind.TRANSFEROR_REPLY, a.getId(), deadline);
            if (reply != null) {
                a.reply(reply, null, ctx.nowAt());
            }
        }
        ctx.record("Application", a.getId(), "application.submitted",
                "demo data: " + bidder.getName() + " for " + lot.getTitle());
        return a;
    }
}
