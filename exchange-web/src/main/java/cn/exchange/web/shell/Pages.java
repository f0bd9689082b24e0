package cn.exchange.web.shell;

import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.web.api.Problems;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every page action does with the outcome of a use case: on success nothing; when a rule refuses, each problem is
 * shown next to its field (the input whose id is the field's name in the given form) or at the top of the page; when
 * the database is unreachable, "try again". Never a stack trace.
 */
public final class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class.getName());

    private Pages() {
    }

    /** Runs the action; true if it succeeded. */
    public static boolean attempt(String formId, Runnable action) {
        return attempt(formId, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Runs the action and returns its result, or null after showing why it was refused. */
    public static <T> T attempt(String formId, Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            show(formId, e);
        } catch (EJBException e) {
            Throwable c = unwrap(e);
            if (c instanceof DomainException d) {
                show(formId, d);
            } else if (c instanceof cn.exchange.ejb.auction.BidNotRecordedException) {
                error(cn.exchange.core.shared.DomainMessages.format(locale(), "auction.tryAgain"));
            } else if (Problems.isTransientDatabaseFailure(c)) {
                error(cn.exchange.core.shared.DomainMessages.format(locale(), "common.tryAgain"));
            } else {
                LOG.log(Level.SEVERE, "Page action failed", e);
                error(cn.exchange.core.shared.DomainMessages.format(locale(), "common.unexpected"));
            }
        }
        return null;
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A text of the page bundle in the visitor's language. */
    public static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String pattern = fc.getApplication().getResourceBundle(fc, "msg").getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale()).format(args);
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static void keepMessagesOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void show(String formId, DomainException e) {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale locale = locale();
        for (FieldProblem p : e.problems()) {
            String clientId = null;
            java.util.regex.Matcher row = p.field() == null ? null
                    : java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)").matcher(p.field());
            if (row != null && row.matches() && formId != null) {
                // a field of a repeated row (lots[2].deposit): the message goes to that row's input
                clientId = formId + ":" + row.group(1) + ":" + row.group(2) + ":" + row.group(3);
            } else if (p.field() != null && formId != null) {
                UIComponent c = fc.getViewRoot().findComponent(":" + formId + ":" + p.field());
                clientId = c == null ? null : c.getClientId(fc);
            }
            fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(locale), null));
        }
        fc.validationFailed();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while (c instanceof EJBException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
