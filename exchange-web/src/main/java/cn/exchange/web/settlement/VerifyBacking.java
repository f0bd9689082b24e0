package cn.exchange.web.settlement;

import cn.exchange.ejb.settlement.CertificateService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The public certificate verification page (rule 31): anyone types the code printed on a certificate (or scans its QR
 * code, which opens this page with {@code ?code=}) and sees its key fields and whether it is the version in force.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CertificateService certificates;

    private String code;
    private CertificateService.Check check;

    public void load() {
        if (code != null && !code.isBlank() && check == null) {
            verify();
        }
    }

    public void verify() {
        check = code == null || code.isBlank() ? null : certificates.verify(code);
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public CertificateService.Check getCheck() { return check; }
}
