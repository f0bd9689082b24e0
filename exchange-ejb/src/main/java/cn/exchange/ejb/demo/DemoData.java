package cn.exchange.ejb.demo;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.CourtAssetKind;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.listing.Project;
import cn.exchange.core.party.Account;
import cn.exchange.core.party.AgencyType;
import cn.exchange.core.party.CreditCode;
import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PasswordHasher;
import cn.exchange.core.party.ResidentId;
import cn.exchange.core.security.Role;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.ListingSettingsProducer;
import cn.exchange.ejb.platform.ExchangeConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo data for a newcomer's first start ({@code exchange.demo=true}, which the launcher sets): a staff member of every
 * duty, the three supervisors, agencies and bidders (password {@code exchange.demo.password}), and projects in every
 * category and listing status, dated relative to today so the board is alive whenever it is started. Loaded once per
 * database (a PostgreSQL advisory lock and a marker row make that true with several instances starting together),
 * through the same aggregates and the same audited command path as real work.
 */
@Startup
@Singleton
@DependsOn("AdminBootstrap")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final long LOCK = 0x4445_4d4fL;

    @Inject
    ExchangeConfig config;

    @EJB
    CommandExecutor executor;

    @EJB
    cn.exchange.ejb.auction.AuctionService auctions;

    @EJB
    DemoDeals demoDeals;

    @EJB
    cn.exchange.ejb.auction.DemoSessions demoSessions;

    @Inject
    ListingSettingsProducer rules;

    @EJB
    cn.exchange.ejb.qualification.QualificationService qualification;

    @Inject
    cn.exchange.ejb.calendar.PendingDeadlines pending;

    /** Today at the start of the demo's load (the exchange's clock): every demo date is relative to it. */
    private LocalDate today;

    @PostConstruct
    void load() {
        if (!config.flag("exchange.demo", false)) {
            return;
        }
        String password = config.optional("exchange.demo.password").orElse(null);
        if (password == null) {
            LOG.warning("exchange.demo is on but exchange.demo.password is not set: no demo data loaded.");
            return;
        }
        String hash = new PasswordHasher().hash(password.toCharArray());
        Integer lots = executor.executeAsSystem(ctx -> {
            EntityManager em = ctx.em();
            em.createNativeQuery("select pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
            if (!em.createNativeQuery("select 1 from exchange_setting where key = 'demo.loaded'").getResultList().isEmpty()) {
                ctx.nothingToRecord();
                return null;
            }
            int n = create(ctx, hash);
            em.createNativeQuery("insert into exchange_setting (key, value) values ('demo.loaded', ?1)")
                    .setParameter(1, ctx.nowAt().toString()).executeUpdate();
            return n;
        });
        if (lots != null) {
            LOG.info("Demo data loaded: " + lots + " lots; demo accounts reviewer, operator, settlement, sasac, discipline, "
                    + "audit, agency1-4, bidder1-3 (password: exchange.demo.password).");
        }
    }

    private int create(CommandContext ctx, String hash) {
        today = ctx.today();
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
            p.contact("张经办", "1390000000" + (i + 1), "agency" + (i + 1) + "@demo.exchange.cn", "北京市东湖区", "110105");
            p.approve("system", "demo", now);
            em.persist(p);
            agencies.add(p);
            account(ctx, "agency" + (i + 1), hash, Role.AGENCY, p, a[0]);
        }
        List<Party> bidders = new ArrayList<>();
        Party e = Party.organisation(PartyKind.ENTERPRISE_BIDDER, "东湖新能源科技有限公司", CreditCode.compose("91110105", "40000051"), null, now);
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

        int lots = 0;
        // every category; publication dates relative to today so that most announcements are running
        lots += project(ctx, agencies.get(0), Category.ADMINISTRATIVE_ASSET, "东湖区直机关公务用车处置（第一批）", 6, 12, i ->
                terms("公务用车 京N·" + String.format("%05d", 31000 + i) + (i % 2 == 0 ? " 大众帕萨特 2017款" : " 丰田凯美瑞 2016款"),
                        "东湖区", "东湖区机关停车场", 36000 + i * 1500, 5000, 500));
        lots += project(ctx, agencies.get(1), Category.EQUITY_TRANSFER, "东湖智造科技有限公司 35% 股权转让", 4, 1, i ->
                conditions(terms("东湖智造科技有限公司 35% 股权", "东湖区", "东湖区科技园 8 号", 28_600_000, 3_000_000, 100_000),
                        "意向受让方须为依法设立的企业法人，注册资本不低于人民币 5000 万元", "东国资产权备〔2026〕31号"));
        lots += project(ctx, agencies.get(1), Category.CAPITAL_INCREASE, "东湖能源发展有限公司增资扩股", 10, 1, i ->
                terms("东湖能源发展有限公司新增注册资本", "东湖区", "东湖区能源大道 1 号", 150_000_000, 10_000_000, 1_000_000));
        lots += project(ctx, agencies.get(1), Category.ENTERPRISE_ASSET, "东湖商贸大厦整栋转让（建筑面积 8,650㎡）", 2, 1, i ->
                terms("东湖商贸大厦整栋", "东湖区", "东湖区中山路 66 号", 86_500_000, 8_000_000, 200_000));
        lots += project(ctx, agencies.get(2), Category.BANKRUPTCY_ASSET, "东湖精密机械厂破产财产：数控机床", 1, 4, i ->
                terms("数控加工中心 第 " + (i + 1) + " 组（共 " + (10 + i) + " 台）", "东湖区", "东湖工业园 3 号厂房", 800_000 + i * 150_000, 80_000, 5_000));
        lots += project(ctx, agencies.get(3), Category.COURT_ENTRUSTED, "东湖区人民法院委托：沿街商铺一套", 3, 1, i ->
                court(terms("沿街商铺（建筑面积 126㎡）", "东湖区", "东湖区解放路 18 号", 2_400_000, 240_000, 10_000)));
        lots += project(ctx, agencies.get(0), Category.LAND_USE_RIGHT, "东湖工业园 B-07 地块国有建设用地使用权", 5, 1, i ->
                terms("工业用地使用权 52,000㎡（50 年）", "东湖区", "东湖工业园 B-07 地块", 62_000_000, 6_000_000, 500_000));
        lots += project(ctx, agencies.get(1), Category.OPERATING_RIGHT, "东湖地铁站厅广告位经营权（5 年）", 7, 3, i ->
                annual(terms("地铁 " + (i + 1) + " 号线站厅灯箱广告位经营权", "东湖区", "地铁 " + (i + 1) + " 号线", 1_800_000 + i * 200_000, 180_000, 10_000), 5));
        lots += project(ctx, agencies.get(0), Category.LICENCE_PLATE, "东湖区公务车辆号牌（第 3 批）", 2, 20, i ->
                terms("机动车号牌 京N·" + String.format("%05d", 88000 + i * 11), "东湖区", "东湖区车管所", 20_000 + (i % 5) * 5_000, 2_000, 500));
        lots += project(ctx, agencies.get(1), Category.FINANCIAL_ASSET, "东湖农商银行不良资产包（第 2 期）", 8, 1, i ->
                terms("不良债权资产包（本息合计 1.2 亿元）", "东湖区", "—", 45_000_000, 4_000_000, 100_000));
        lots += project(ctx, agencies.get(1), Category.NON_STATE_ASSET, "东湖某民营企业闲置设备自愿进场转让", 0, 2, i ->
                terms("闲置注塑机 " + (i + 1) + " 批", "东湖区", "东湖工业园 9 号", 300_000 + i * 100_000, 30_000, 2_000));
        // one of each other status
        lots += special(ctx, agencies.get(0), "东湖区教育局闲置办公设备（已期满）", "ended");
        lots += special(ctx, agencies.get(1), "东湖物流公司仓储用房（中止）", "suspended");
        lots += special(ctx, agencies.get(1), "东湖文旅公司游船（终结）", "terminated");
        lots += special(ctx, agencies.get(0), "东湖区卫健委救护车（待发布）", "submitted");
        // qualification in every stage
        lots += qualificationStages(ctx, agencies, bidders);
        // what supervisors look at — a past session with a pause, shared IPs; a migrated legacy record; overdue deals
        lots += new DemoHistory(this, demoSessions, demoDeals, rules).create(ctx, agencies, bidders);
        return lots;
    }

    /**
     * Lots in the stages of qualification: applications awaiting deposits on a running announcement, opinions awaiting
     * the agency's reply, two qualified bidders with codes and a scheduled auction, one qualified bidder in negotiation.
     */
    private int qualificationStages(CommandContext ctx, List<Party> agencies, List<Party> bidders) {
        EntityManager em = ctx.em();
        OffsetDateTime now = ctx.nowAt();
        // a running announcement: two applications, one deposit paid
        Lot running = em.createQuery("select l from Lot l where l.project.category = :c", Lot.class)
                .setParameter("c", Category.EQUITY_TRANSFER).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (running != null && running.getStatus() == cn.exchange.core.listing.ListingStatus.PUBLISHED) {
            application(ctx, running, bidders.get(0), true, null, null);
            application(ctx, running, bidders.get(1), false, null, null);
        }
        String[][] stages = {{"东湖区园林局旧办公家具（资格审核中）", "review"}, {"东湖区公车改革剩余车辆（待竞价）", "auction"},
                {"东湖区机关事务局公务用车（竞价大厅）", "live"}, {"东湖某公司闲置厂房设备（协议转让）", "negotiation"},
                {"东湖区财政局公务用车（已成交，待签合同）", "SIGNING"}, {"东湖区审计局公务用车（已成交，付款中）", "PAYING"},
                {"东湖数据科技有限公司 20% 股权（已成交，分期付款）", "CERTIFIED"}, {"东湖区文化馆旧音响设备（已成交）", "CERTIFIED"}};
        for (String[] st : stages) {
            boolean equity = st[0].contains("股权");
            project(ctx, agencies.get(equity ? 1 : 0), equity ? Category.EQUITY_TRANSFER : Category.ADMINISTRATIVE_ASSET, st[0],
                    equity ? 40 : 14, 1, i -> terms(st[0].replaceAll("（.*）", ""), "东湖区", "东湖区", equity ? 12_000_000 : 150_000,
                            equity ? 1_200_000 : 15_000, 1_000));
            Lot lot = em.createQuery("select l from Lot l where l.project.title = :t", Lot.class).setParameter("t", st[0]).getSingleResult();
            if (lot.getStatus() != cn.exchange.core.listing.ListingStatus.PUBLISHED) {
                continue;
            }
            boolean sold = st[1].equals(st[1].toUpperCase());
            int applicants = st[1].equals("negotiation") || sold ? 1 : 2;
            List<cn.exchange.core.qualification.Application> apps = new ArrayList<>();
            for (int b = 0; b < applicants; b++) {
                apps.add(application(ctx, lot, bidders.get(sold && st[0].contains("文化馆") ? 1 : b), true, cn.exchange.core.qualification.Application.Opinion.QUALIFIED,
                        st[1].equals("review") ? null : cn.exchange.core.qualification.Application.Reply.AGREED));
            }
            store(ctx, lot, lot.expire(lot.getEndsAt().isBefore(now) ? now : lot.getEndsAt(), applicants));
            if (st[1].equals("review")) {
                continue;
            }
            java.util.Set<String> taken = new java.util.HashSet<>();
            for (var a : apps) {
                String code = cn.exchange.core.qualification.BidderCodes.draw(new java.security.SecureRandom(), taken);
                taken.add(code);
                a.conclude(true, code);
            }
            store(ctx, lot, lot.concludeQualification(applicants, now));
            if (st[1].equals("auction")) {
                OffsetDateTime starts = now.plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
                store(ctx, lot, lot.scheduleAuction(starts, now));
                auctions.open(lot, starts, null, null);
            }
            if (sold) {
                // negotiated transfers taken to the contract, the payments and the certificate
                store(ctx, lot, lot.recordNegotiatedDeal(lot.getListingPrice(), now));
                cn.exchange.core.settlement.PaymentPlan plan = equity ? new cn.exchange.core.settlement.PaymentPlan(2,
                        new BigDecimal("4800000.00"), ctx.today().plusMonths(10), new BigDecimal("3.0"), "东湖融资担保有限公司连带责任保证") : null;
                demoDeals.complete(ctx, lot, st[0].contains("文化馆") ? "bidder2" : "bidder1", equity ? "agency2" : "agency1", plan,
                        DemoDeals.Stage.valueOf(st[1]));
            }
            if (st[1].equals("live")) {
                // the hall has a session on the first run: it opens two minutes after the start, 30 minutes of free bidding
                OffsetDateTime starts = now.plusMinutes(2).withNano(0);
                store(ctx, lot, lot.scheduleAuction(starts, now));
                auctions.open(lot, starts, java.time.Duration.ofMinutes(30), null);
            }
        }
        return stages.length;
    }

    cn.exchange.core.qualification.Application application(CommandContext ctx, Lot lot, Party bidder, boolean paid,
                                                                   cn.exchange.core.qualification.Application.Opinion opinion,
                                                                   cn.exchange.core.qualification.Application.Reply reply) {
        OffsetDateTime at = lot.getEndsAt().isBefore(ctx.nowAt()) ? lot.getEndsAt().minusDays(2) : ctx.nowAt().minusHours(2);
        var a = cn.exchange.core.qualification.Application.forLot(lot, bidder.getId(), true, null, null, at,
                "203.0.113." + (10 + bidder.getId() % 200));
        ctx.em().persist(a);
        ctx.em().flush();
        a.assignPaymentReference();
        if (paid) {
            var credit = new cn.exchange.core.qualification.BankCredit("DEMO-" + a.getId(), at.plusHours(1), lot.getDeposit(),
                    bidder.getName(), "62220000" + String.format("%08d", bidder.getId()), a.getPaymentReference());
            a.depositReceived(credit.receivedAt());
            demoDeals.depositPaid(ctx, a.getId(), lot.getId(), credit);
        }
        if (opinion != null) {
            var deadline = qualification.replyDeadline(ctx.nowAt());
            a.review(opinion, null, null, lot, "reviewer", ctx.nowAt(), deadline.value());
            pending.register(ctx, cn.exchange.ejb.calendar.DeadlineKind.TRANSFEROR_REPLY, a.getId(), deadline);
            if (reply != null) {
                a.reply(reply, null, ctx.nowAt());
            }
        }
        ctx.record("Application", a.getId(), "application.submitted", "demo data: " + bidder.getName() + " for " + lot.getTitle());
        return a;
    }

    interface LotMaker {
        LotTerms make(int i);
    }

    /** A project of {@code count} lots, published {@code daysAgo} calendar days ago (not published when negative). */
    int project(CommandContext ctx, Party agency, Category category, String title, int daysAgo, int count, LotMaker maker) {
        EntityManager em = ctx.em();
        String number = ListingService.nextProjectNumber(em, rules.exchangeCode(), category, ctx.today().getYear());
        Project p = new Project(number, agency.getId(), title, category, ctx.nowAt().minusDays(Math.max(daysAgo, 0) + 3L));
        p.entrustment(agency.getName(), ctx.today().minusDays(daysAgo + 10L));
        p.approval("东湖区国有资产监督管理委员会", "东国资产权〔" + ctx.today().getYear() + "〕" + number.substring(number.length() - 3) + "号", ctx.today().minusDays(daysAgo + 20L));
        p.media("东湖日报、中国产权交易报");
        em.persist(p);
        for (int i = 0; i < count; i++) {
            p.addLot(maker.make(i)).submit();
        }
        em.flush();
        // pictures, as the agency would have uploaded them before submitting
        int k = 0;
        for (Lot lot : p.getLots()) {
            for (Object[] photo : DemoPhotos.of(category, k++, lot.getTitle())) {
                byte[] jpeg = (byte[]) photo[1];
                em.persist(new cn.exchange.core.listing.LotDocument(lot.getId(),
                        cn.exchange.core.listing.DocumentRules.check((String) photo[0], jpeg), jpeg,
                        cn.exchange.core.audit.AuditChain.sha256Hex(jpeg), ctx.nowAt().minusDays(Math.max(daysAgo, 0) + 3L), "demo"));
            }
        }
        em.flush();
        if (daysAgo >= 0) {
            OffsetDateTime at = ctx.nowAt().minusDays(daysAgo).withHour(10).withMinute(0).withSecond(0).withNano(0)
                    .atZoneSameInstant(ExchangeTime.ZONE).withHour(10).toOffsetDateTime();
            if (category == Category.CAPITAL_INCREASE) {
                preDisclose(ctx, p, at.minusDays(49));
            }
            for (Lot lot : p.getLots()) {
                publish(ctx, lot, at);
            }
        }
        ctx.record("Project", p.getId(), "project.registered", p.getNumber() + " " + category + ", " + count + " lot(s), demo data");
        return count;
    }

    private int special(CommandContext ctx, Party agency, String title, String what) {
        int daysAgo = switch (what) {
            case "ended" -> 14;
            case "submitted" -> -1;
            default -> 3;
        };
        int n = project(ctx, agency, Category.ADMINISTRATIVE_ASSET, title, daysAgo, 1, i ->
                terms(title.replaceAll("（.*）", ""), "东湖区", "东湖区", 90_000, 9_000, 1_000));
        Lot lot = ctx.em().createQuery("select l from Lot l where l.project.title = :t", Lot.class).setParameter("t", title)
                .getSingleResult();
        OffsetDateTime now = ctx.nowAt();
        if (!what.equals("submitted") && lot.getStatus() != cn.exchange.core.listing.ListingStatus.PUBLISHED) {
            // its announcement was not published (logged with the reason, e.g. a calendar year not entered): the step
            // that would follow it has nothing to act on
            return n;
        }
        try {
            switch (what) {
                case "ended" -> store(ctx, lot, lot.expire(now, 0));
                case "suspended" -> store(ctx, lot, lot.suspend("转让方书面申请：标的权属证明补正中", now, rules.calendar()));
                case "terminated" -> store(ctx, lot, lot.terminate("转让方决定不再转让（批准单位同意）", now));
                default -> {
                }
            }
        } catch (DomainException e) {
            notLoaded(title, e);
        }
        return n;
    }

    /**
     * Rules 3, 4: the capital increase was pre-disclosed seven weeks before its formal announcement, on the holder's
     * internal decision (approval then pending): its 20 WD ended before, so the formal part is 20 of the 40 WD.
     */
    private void preDisclose(CommandContext ctx, Project p, OffsetDateTime at) {
        try {
            for (Notice n : p.preDisclose(ExchangeTime.day(at).minusDays(3), true, 20, at, rules.calendar(), rules.settings())) {
                ctx.em().persist(n);
            }
            ctx.record("Project", p.getId(), "project.preDisclosed", p.getNumber() + ": demo data, ends " + p.getPreDisclosure().endsAt());
        } catch (DomainException e) {
            notLoaded(p.getTitle(), e);
        }
    }

    private void publish(CommandContext ctx, Lot lot, OffsetDateTime at) {
        try {
            store(ctx, lot, lot.publish(at, rules.calendar(), rules.settings()));
        } catch (DomainException e) {
            // e.g. a period running into a year whose calendar is not entered yet: the lot stays submitted
            notLoaded(lot.getTitle(), e);
        }
    }

    /**
     * A demo lot that stays as it is because a rule refused the step (typically an announcement ending in a year whose
     * calendar has not been entered: the staff banner says which year). Logged, never an error: the rest loads.
     */
    static void notLoaded(String title, DomainException e) {
        LOG.warning("demo lot '" + title + "' left unpublished or as it is: " + e.getMessage());
    }

    void store(CommandContext ctx, Lot lot, Notice n) {
        ctx.em().persist(n);
        ctx.record("Lot", lot.getId(), "listing." + n.getKind().name().toLowerCase(), n.getBody() + " (demo data)");
    }

    private Account account(CommandContext ctx, String username, String hash, Role role, Party party, String name) {
        Account a = new Account(username, hash, role, party, name, ctx.nowAt(), "system");
        ctx.em().persist(a);
        ctx.em().flush();
        ctx.record("Account", a.getId(), "account.created", "role " + role + ", user " + username + ", demo data");
        return a;
    }

    LotTerms terms(String title, String region, String location, long value, long deposit, long increment) {
        LocalDate base = today.minusMonths(2);
        return new LotTerms(title, "示范数据：" + title + "。现状转让，详见评估报告。", location, region, "东湖正信资产评估有限公司", base,
                BigDecimal.valueOf(value).setScale(2), BigDecimal.valueOf(value).setScale(2), BigDecimal.valueOf(deposit).setScale(2),
                BigDecimal.valueOf(increment).setScale(2), null, false, null, null, BiddingMethod.ONLINE_ASCENDING,
                "成交之日起 5 个工作日内一次性付清", true, false, null, null, null);
    }

    private static LotTerms conditions(LotTerms t, String conditions, String filing) {
        return new LotTerms(t.title(), t.description(), t.location(), t.region(), t.appraiser(), t.valuationBaseDate(),
                t.appraisedValue(), t.listingPrice(), t.deposit(), t.increment(), t.reservePrice(), false, conditions, filing,
                t.biddingMethod(), t.paymentTerms(), t.extensionAllowed(), false, null, t.dutch(), null);
    }

    /** Rule 34: a court-entrusted shop is real estate (30 calendar days' notice). */
    private static LotTerms court(LotTerms t) {
        return new LotTerms(t.title(), t.description(), t.location(), t.region(), t.appraiser(), t.valuationBaseDate(),
                t.appraisedValue(), t.listingPrice(), t.deposit(), t.increment(), t.reservePrice(), false, null, null,
                t.biddingMethod(), t.paymentTerms(), t.extensionAllowed(), false, null, t.dutch(), CourtAssetKind.REAL_ESTATE);
    }

    private static LotTerms annual(LotTerms t, int years) {
        return new LotTerms(t.title(), t.description(), t.location(), t.region(), t.appraiser(), t.valuationBaseDate(),
                t.appraisedValue(), t.listingPrice(), t.deposit(), t.increment(), t.reservePrice(), false, null, null,
                t.biddingMethod(), "按年支付，每年首月 10 日前付清当年价款", t.extensionAllowed(), true, years, t.dutch(), null);
    }

}
