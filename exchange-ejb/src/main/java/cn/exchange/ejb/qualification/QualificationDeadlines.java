package cn.exchange.ejb.qualification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.calendar.YearNotEntered;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.QualificationRules;
import cn.exchange.ejb.calendar.CalendarDependent;
import cn.exchange.ejb.calendar.DeadlineKind;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.listing.ListingSettingsProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The transferor's reply deadline (rule 14) on the working-day calendar: computed when the year it awaited is entered
 * (until then silence is not agreement: the deadline has not passed), and, after a correction, listed for staff when
 * its period contains a changed day.
 */
@ApplicationScoped
public class QualificationDeadlines implements CalendarDependent {

    @Inject
    ListingSettingsProducer rules;

    @Inject
    cn.exchange.core.qualification.ApplicationRepository applications;

    @Inject
    cn.exchange.core.listing.LotRepository lots;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Override
    public Set<DeadlineKind> kinds() {
        return Set.of(DeadlineKind.TRANSFEROR_REPLY);
    }

    @Override
    public String resolve(CommandContext ctx, DeadlineKind kind, long objectId, WorkingDayCalendar calendar) {
        Application a = applications.getForUpdate(objectId);
        if (a.getReplyDeadline() == null) {
            a.replyBy(QualificationRules.transferorReplyDeadline(a.getOpinionAt(), rules.settings().transferorReplyWd(), calendar,
                    rules.settings().endOfDay()));
        }
        return ExchangeTime.display(a.getReplyDeadline().toInstant());
    }

    @Override
    public String label(DeadlineKind kind, long objectId) {
        Application a = applications.get(objectId);
        return "转让方答复期限（申请 " + objectId + "）：" + lotName(a.getLotId());
    }

    @Override
    public List<ReviewItem> touchedBy(Collection<LocalDate> changed, WorkingDayCalendar corrected, OffsetDateTime now) {
        List<ReviewItem> out = new ArrayList<>();
        for (Application a : em.createNamedQuery("Application.awaitingReply", Application.class)
                .setParameter("s", Application.Status.SUBMITTED).setParameter("now", now).getResultList()) {
            LocalDate from = ExchangeTime.day(a.getOpinionAt()).plusDays(1);
            if (!CalendarDependent.touches(changed, from, ExchangeTime.day(a.getReplyDeadline()))) {
                continue;
            }
            String recounted;
            try {
                recounted = ExchangeTime.display(QualificationRules.transferorReplyDeadline(a.getOpinionAt(),
                        rules.settings().transferorReplyWd(), corrected, rules.settings().endOfDay()).toInstant());
            } catch (YearNotEntered e) {
                recounted = "待 " + e.year() + " 年工作日历";
            }
            out.add(new ReviewItem("Application", a.getId(), "转让方答复期限（申请 " + a.getId() + "）：" + lotName(a.getLotId()), from,
                    ExchangeTime.display(a.getReplyDeadline().toInstant()), recounted));
        }
        return out;
    }

    private String lotName(long lotId) {
        return lots.find(lotId).map(Lot::label).orElse("标的 " + lotId);
    }
}
