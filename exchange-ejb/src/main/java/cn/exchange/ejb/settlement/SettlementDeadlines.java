package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.calendar.YearNotEntered;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.listing.NoticeKind;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.Disbursement;
import cn.exchange.core.settlement.SettlementRules;
import cn.exchange.ejb.calendar.CalendarDependent;
import cn.exchange.ejb.calendar.DeadlineKind;
import cn.exchange.ejb.command.CommandContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The deadlines of settlement on the working-day calendar (rules 26, 27, 30; refunds): computed when the year they
 * awaited is entered — the signing deadline, the result notice's end, the first payment's due date (and with it the
 * schedule's interest, and the buyer's money waiting for it), a refund's due date — and, after a calendar correction,
 * the open ones whose counting period contains a changed day, listed for staff.
 */
@ApplicationScoped
public class SettlementDeadlines implements CalendarDependent {

    @Inject
    SettlementSettings settings;

    @Inject
    DealService deals;

    @Inject
    cn.exchange.core.settlement.DealRepository dealRepo;

    @Inject
    cn.exchange.core.listing.LotRepository lots;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of(DeadlineKind.DEAL_SIGNING, DeadlineKind.RESULT_NOTICE, DeadlineKind.FIRST_PAYMENT, DeadlineKind.REFUND);
    }

    @Override
    public String resolve(CommandContext ctx, DeadlineKind kind, long objectId, WorkingDayCalendar calendar) {
        switch (kind) {
            case DEAL_SIGNING -> {
                Deal d = dealRepo.getForUpdate(objectId);
                if (d.getSignDeadline() == null) {
                    d.signBy(SettlementRules.workingDaysAfter(d.getDeterminedAt(), settings.signingWd(), calendar));
                }
                return ExchangeTime.display(d.getSignDeadline().toInstant());
            }
            case RESULT_NOTICE -> {
                Notice n = em.find(Notice.class, objectId);
                OffsetDateTime ends = SettlementRules.resultNoticeEnds(n.getPublishedAt(), calendar, settings.listingSettings());
                // the notice stays as published; the database lets exactly this end, once awaited, be filled in
                em.createNativeQuery("update notice set ends_at = ?1 where id = ?2 and ends_at is null")
                        .setParameter(1, ends).setParameter(2, objectId).executeUpdate();
                em.refresh(n);
                return ExchangeTime.display(n.getEndsAt().toInstant());
            }
            case FIRST_PAYMENT -> {
                Deal d = dealRepo.getForUpdate(objectId);
                if (d.scheduleAwaitingCalendar()) {
                    d.scheduleFrom(SettlementRules.paymentDue(ExchangeTime.day(d.getEffectiveAt()), calendar));
                    deals.applyBuyersMoney(ctx, d);
                }
                return d.getFirstDueOn() + "，利息 " + d.getInterest().toPlainString();
            }
            case REFUND -> {
                Disbursement x = em.find(Disbursement.class, objectId, LockModeType.PESSIMISTIC_WRITE);
                if (x.getDueOn() == null) {
                    x.dueBy(SettlementRules.workingDaysAfter(x.getInstructedAt(), settings.refundWd(), calendar).toLocalDate());
                }
                return x.getDueOn().toString();
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    @Override
    public String label(DeadlineKind kind, long objectId) {
        return switch (kind) {
            case DEAL_SIGNING -> "合同签署期限：" + lotName(dealRepo.get(objectId).getLotId());
            case RESULT_NOTICE -> "成交公告公示期：" + lotName(em.find(Notice.class, objectId).getLotId());
            case FIRST_PAYMENT -> "首期价款到期日：" + lotName(dealRepo.get(objectId).getLotId());
            case REFUND -> {
                Disbursement x = em.find(Disbursement.class, objectId);
                yield "退款到期日（" + x.reference() + "，" + x.getPayeeName() + "）：" + lotName(x.getLotId());
            }
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    @Override
    public List<ReviewItem> touchedBy(Collection<LocalDate> changed, WorkingDayCalendar corrected, OffsetDateTime now) {
        List<ReviewItem> out = new ArrayList<>();
        for (Deal d : em.createNamedQuery("Deal.withDeadlines", Deal.class)
                .setParameter("s", Deal.Status.SIGNING).setParameter("p", Deal.Status.PAYING).getResultList()) {
            if (d.getStatus() == Deal.Status.SIGNING) {
                LocalDate from = ExchangeTime.day(d.getDeterminedAt()).plusDays(1);
                if (CalendarDependent.touches(changed, from, ExchangeTime.day(d.getSignDeadline()))) {
                    out.add(new ReviewItem("Deal", d.getId(), "合同签署期限：" + lotName(d.getLotId()), from,
                            ExchangeTime.display(d.getSignDeadline().toInstant()), recount(() -> ExchangeTime.display(
                            SettlementRules.workingDaysAfter(d.getDeterminedAt(), settings.signingWd(), corrected).toInstant()))));
                }
            } else {
                LocalDate from = ExchangeTime.day(d.getEffectiveAt()).plusDays(1);
                if (CalendarDependent.touches(changed, from, d.getFirstDueOn())) {
                    out.add(new ReviewItem("Deal", d.getId(), "首期价款到期日：" + lotName(d.getLotId()), from, d.getFirstDueOn().toString(),
                            recount(() -> SettlementRules.paymentDue(ExchangeTime.day(d.getEffectiveAt()), corrected).toString())));
                }
            }
        }
        for (Notice n : em.createNamedQuery("Notice.openOfKind", Notice.class)
                .setParameter("k", NoticeKind.DEAL_RESULT).setParameter("now", now).getResultList()) {
            LocalDate from = ExchangeTime.day(n.getPublishedAt());
            if (CalendarDependent.touches(changed, from, ExchangeTime.day(n.getEndsAt()))) {
                out.add(new ReviewItem("Notice", n.getId(), "成交公告公示期：" + lotName(n.getLotId()), from,
                        ExchangeTime.display(n.getEndsAt().toInstant()), recount(() -> ExchangeTime.display(
                        SettlementRules.resultNoticeEnds(n.getPublishedAt(), corrected, settings.listingSettings()).toInstant()))));
            }
        }
        for (Disbursement x : em.createNamedQuery("Disbursement.unpaidWithDueDate", Disbursement.class)
                .setParameter("paid", Disbursement.Status.PAID).getResultList()) {
            LocalDate from = ExchangeTime.day(x.getInstructedAt()).plusDays(1);
            if (x.getKind() != Disbursement.Kind.PAYOUT && CalendarDependent.touches(changed, from, x.getDueOn())) {
                out.add(new ReviewItem("Disbursement", x.getId(), "退款到期日（" + x.reference() + "）：" + lotName(x.getLotId()), from,
                        x.getDueOn().toString(), recount(() -> SettlementRules.workingDaysAfter(x.getInstructedAt(), settings.refundWd(),
                        corrected).toLocalDate().toString())));
            }
        }
        return out;
    }

    private String lotName(long lotId) {
        return lots.find(lotId).map(Lot::label).orElse("标的 " + lotId);
    }

    private static String recount(Supplier<String> count) {
        try {
            return count.get();
        } catch (YearNotEntered e) {
            return "待 " + e.year() + " 年工作日历";
        }
    }
}
