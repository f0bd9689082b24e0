package cn.exchange.web.party;

import java.io.Serializable;

/**
 * The fields every party form has — the party's name, credit code and contacts, and its first account's sign-in — shared
 * by the self-registration page ({@link RegisterBacking}) and staff's registration of an agency
 * ({@link AgencyRegistrationBacking}); each form adds its own.
 */
public abstract class PartyFields implements Serializable {

    protected String name;
    protected String creditCode;
    protected String contactPerson;
    protected String mobile;
    protected String email;
    protected String address;
    protected String username;
    protected String password;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
