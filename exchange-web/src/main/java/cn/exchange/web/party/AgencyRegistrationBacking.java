package cn.exchange.web.party;

import cn.exchange.core.party.AgencyType;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.party.PartyRegistration;
import cn.exchange.ejb.party.AccountView;
import cn.exchange.ejb.party.PartyService;
import cn.exchange.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Staff register a transferring agency (government body, state enterprise, court…) with its first account. */
@Named
@ViewScoped
public class AgencyRegistrationBacking extends PartyFields {

    @EJB
    PartyService parties;

    private AgencyType agencyType = AgencyType.GOVERNMENT;
    private String regionCode;
    private String overrideReason;
    private AccountView created;

    public void register() {
        created = Pages.attempt("f", () -> parties.registerAgency(new PartyRegistration.Form(PartyKind.AGENCY, name,
                creditCode, null, contactPerson, mobile, email, address, regionCode, agencyType), username, password,
                overrideReason));
        password = null;
        if (created != null) {
            Pages.info(Pages.text("agency.created", created.party().name(), created.username()));
        }
    }

    public AgencyType[] getAgencyTypes() {
        return AgencyType.values();
    }

    public AgencyType getAgencyType() { return agencyType; }
    public void setAgencyType(AgencyType agencyType) { this.agencyType = agencyType; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public AccountView getCreated() { return created; }
}
