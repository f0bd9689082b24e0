package cn.exchange.web.settlement;

import cn.exchange.ejb.settlement.CertificateService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;

/**
 * The public certificate verification page (rule 31): anyone types the code printed on a certificate (or scans its QR
 * code, which opens this page with {@code ?code=}) and sees its key fields and whether it is the version in force; or
 * uploads a PDF of the exchange (certificate, signed contract, auction record, result confirmation) and learns whether
 * it carries the exchange's valid electronic seal over the whole file, who sealed it, when, and which document it is.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CertificateService certificates;

    private String code;
    private CertificateService.Check check;
    private CertificateService.FileCheck fileCheck;
    private String fileName;

    public void load() {
        if (code != null && !code.isBlank() && check == null) {
            verify();
        }
    }

    public void verify() {
        check = code == null || code.isBlank() ? null : certificates.verify(code);
    }

    /** An uploaded PDF: checked by its bytes (PDF, at most 5 MB), then its seal; a refusal names the field. */
    public void upload(FileUploadEvent e) {
        fileCheck = null;
        fileName = e.getFile().getFileName();
        byte[] content = e.getFile().getContent();
        fileCheck = cn.exchange.web.shell.Pages.attempt("upload", () -> certificates.checkFile(content));
    }

    public String getCode() { return code; }
    public CertificateService.FileCheck getFileCheck() { return fileCheck; }
    public String getFileName() { return fileName; }
    public void setCode(String v) { code = v; }
    public CertificateService.Check getCheck() { return check; }
}
