package cn.exchange.web.audit;

import cn.exchange.core.audit.AuditChain;
import cn.exchange.core.audit.AuditEntry;
import cn.exchange.core.shared.DomainMessages;
import cn.exchange.ejb.audit.AuditService;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The audit chain page: verify the whole chain, download it, see the newest records. */
@Named
@RequestScoped
public class AuditVerifyBacking {

    @EJB
    AuditService audit;

    private List<AuditEntry> latest;
    private AuditChain.Verdict verdict;

    @PostConstruct
    void load() {
        latest = audit.latest(50);
    }

    public void verify() {
        verdict = audit.verify();
        if (verdict.intact()) {
            Pages.info(DomainMessages.format(Pages.locale(), "audit.intact", verdict.checked()));
        } else {
            Pages.error(DomainMessages.format(Pages.locale(), "audit.broken", verdict.firstBrokenSeq().orElse(0L), verdict.reason()));
        }
    }

    public List<AuditEntry> getLatest() {
        return latest;
    }

    public AuditChain.Verdict getVerdict() {
        return verdict;
    }
}
