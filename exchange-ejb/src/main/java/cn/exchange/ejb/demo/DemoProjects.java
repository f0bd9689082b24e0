package cn.exchange.ejb.demo;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.CourtAssetKind;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.listing.Project;
import cn.exchange.core.party.Party;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.ListingSettingsProducer;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The demo's projects and lots: a project in every category and a lot in each other listing status, each registered
 * with its pictures, pre-disclosed where the category asks, published (dated relative to today so that most
 * announcements are running), and the notices that follow; with the lots' terms.
 */
final class DemoProjects {

    private final ListingSettingsProducer rules;

    /** Today at the start of the demo's load (the exchange's clock): the lots' valuation dates are relative to it. */
    private final LocalDate today;

    DemoProjects(ListingSettingsProducer rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    /** A project in every category; publication dates relative to today so that most announcements are running. */
    int everyCategory(CommandContext ctx, List<Party> agencies) {
        int lots = 0;
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
                terms("数控加工中心 第 " + (i + 1) + " 组（共 " + (10 + i) + " 台）", "东湖区", "东湖工业园 3 号厂房",
                        800_000 + i * 150_000, 80_000, 5_000));
        lots += project(ctx, agencies.get(3), Category.COURT_ENTRUSTED, "东湖区人民法院委托：沿街商铺一套", 3, 1, i ->
                court(terms("沿街商铺（建筑面积 126㎡）", "东湖区", "东湖区解放路 18 号", 2_400_000, 240_000, 10_000)));
        lots += project(ctx, agencies.get(0), Category.LAND_USE_RIGHT, "东湖工业园 B-07 地块国有建设用地使用权", 5, 1, i ->
                terms("工业用地使用权 52,000㎡（50 年）", "东湖区", "东湖工业园 B-07 地块", 62_000_000, 6_000_000, 500_000));
        lots += project(ctx, agencies.get(1), Category.OPERATING_RIGHT, "东湖地铁站厅广告位经营权（5 年）", 7, 3, i ->
                annual(terms("地铁 " + (i + 1) + " 号线站厅灯箱广告位经营权", "东湖区", "地铁 " + (i + 1) + " 号线",
                        1_800_000 + i * 200_000, 180_000, 10_000), 5));
        lots += project(ctx, agencies.get(0), Category.LICENCE_PLATE, "东湖区公务车辆号牌（第 3 批）", 2, 20, i ->
                terms("机动车号牌 京N·" + String.format("%05d", 88000 + i * 11), "东湖区", "东湖区车管所",
                        20_000 + (i % 5) * 5_000, 2_000, 500));
        lots += project(ctx, agencies.get(1), Category.FINANCIAL_ASSET, "东湖农商银行不良资产包（第 2 期）", 8, 1, i ->
                terms("不良债权资产包（本息合计 1.2 亿元）", "东湖区", "—", 45_000_000, 4_000_000, 100_000));
        lots += project(ctx, agencies.get(1), Category.NON_STATE_ASSET, "东湖某民营企业闲置设备自愿进场转让", 0, 2, i ->
                terms("闲置注塑机 " + (i + 1) + " 批", "东湖区", "东湖工业园 9 号", 300_000 + i * 100_000, 30_000, 2_000));
        return lots;
    }

    /** A lot in each other listing status: ended, suspended, terminated, and submitted but not published. */
    int everyStatus(CommandContext ctx, List<Party> agencies) {
        int lots = 0;
        lots += special(ctx, agencies.get(0), "东湖区教育局闲置办公设备（已期满）", "ended");
        lots += special(ctx, agencies.get(1), "东湖物流公司仓储用房（中止）", "suspended");
        lots += special(ctx, agencies.get(1), "东湖文旅公司游船（终结）", "terminated");
        lots += special(ctx, agencies.get(0), "东湖区卫健委救护车（待发布）", "submitted");
        return lots;
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
        p.approval("东湖区国有资产监督管理委员会", "东国资产权〔" + ctx.today().getYear() + "〕" + number.substring(number.length() - 3) + "号",
                ctx.today().minusDays(daysAgo + 20L));
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
                        cn.exchange.core.audit.AuditChain.sha256Hex(jpeg), ctx.nowAt().minusDays(Math.max(daysAgo, 0) + 3L),
                        "demo"));
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
        ctx.record("Project", p.getId(), "project.registered",
                p.getNumber() + " " + category + ", " + count + " lot(s), demo data");
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
        Lot lot = ctx.em().createNamedQuery("Lot.byProjectTitle", Lot.class).setParameter("t", title)
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
            DemoData.notLoaded(title, e);
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
            ctx.record("Project", p.getId(), "project.preDisclosed",
                    p.getNumber() + ": demo data, ends " + p.getPreDisclosure().endsAt());
        } catch (DomainException e) {
            DemoData.notLoaded(p.getTitle(), e);
        }
    }

    private void publish(CommandContext ctx, Lot lot, OffsetDateTime at) {
        try {
            store(ctx, lot, lot.publish(at, rules.calendar(), rules.settings()));
        } catch (DomainException e) {
            // e.g. a period running into a year whose calendar is not entered yet: the lot stays submitted
            DemoData.notLoaded(lot.getTitle(), e);
        }
    }

    void store(CommandContext ctx, Lot lot, Notice n) {
        ctx.em().persist(n);
        ctx.record("Lot", lot.getId(), "listing." + n.getKind().name().toLowerCase(), n.getBody() + " (demo data)");
    }

    LotTerms terms(String title, String region, String location, long value, long deposit, long increment) {
        LocalDate base = today.minusMonths(2);
        return new LotTerms(title, "示范数据：" + title + "。现状转让，详见评估报告。", location, region, "东湖正信资产评估有限公司", base,
                BigDecimal.valueOf(value).setScale(2), BigDecimal.valueOf(value).setScale(2),
                BigDecimal.valueOf(deposit).setScale(2), BigDecimal.valueOf(increment).setScale(2), null, false, null, null,
                BiddingMethod.ONLINE_ASCENDING,
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
