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

import java.io.Serializable;

/** Staff register a transferring agency (government body, state enterprise, court…) with its first account. */
@Named
@ViewScoped
public class AgencyRegistrationBacking implements Serializable {

    @EJB
    PartyService parties;

    private String name;
    private String creditCode;
    private AgencyType agencyType = AgencyType.GOVERNMENT;
    private String contactPerson;
    private String mobile;
    private String email;
    private String address;
    private String regionCode;
    private String username;
    private String password;
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

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public AgencyType getAgencyType() { return agencyType; }
    public void setAgencyType(AgencyType agencyType) { this.agencyType = agencyType; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public AccountView getCreated() { return created; }
}
