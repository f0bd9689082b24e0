package cn.exchange.web.qualification;

import cn.exchange.ejb.platform.ExchangeConfig;
import cn.exchange.ejb.qualification.ApplicationView;
import cn.exchange.ejb.qualification.QualificationService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** A bidder's applications: status, deposit instructions with the payment reference, bidder codes. */
@Named
@RequestScoped
public class BidderApplicationsBacking {

    @EJB
    QualificationService qualification;

    @Inject
    ExchangeConfig config;

    private List<ApplicationView> applications;

    @PostConstruct
    void load() {
        applications = qualification.mine();
    }

    public List<ApplicationView> getApplications() { return applications; }

    /** Those still under review: documents may be added to them (rule 38). */
    public List<ApplicationView> getUnderReview() {
        return applications.stream().filter(a -> "SUBMITTED".equals(a.status())).toList();
    }

    /** The exchange's settlement account (README configuration: exchange.settlement.*). */
    public String getAccountName() { return config.string("exchange.settlement.account-name", "东湖产权交易所有限公司"); }
    public String getBank() { return config.string("exchange.settlement.bank", "东湖银行股份有限公司营业部"); }
    public String getAccountNumber() { return config.string("exchange.settlement.account-number", "6228 8866 0000 0001"); }
}
