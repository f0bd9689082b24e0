package cn.exchange.web.shell;

import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.web.base.Problems;
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
        return attempt(formId, action, false);
    }

    /**
     * Runs the action of a form whose repeated rows are the lines of text areas (one holiday a line): a problem of
     * {@code holidays[2].from} is shown at the text area {@code holidays}, naming its line (3). Returns the result, or null.
     */
    public static <T> T attemptLines(String formId, Supplier<T> action) {
        return attempt(formId, action, true);
    }

    private static <T> T attempt(String formId, Supplier<T> action, boolean lines) {
        try {
            return action.get();
        } catch (DomainException e) {
            show(formId, e, lines);
        } catch (EJBException e) {
            Throwable c = unwrap(e);
            if (c instanceof DomainException d) {
                show(formId, d, lines);
            } else if (cn.exchange.web.base.ErrorMappers.domainCause(c) != null) {
                // a rule refusing inside the persistence layer (the text rule's entity listener), wrapped by it
                show(formId, cn.exchange.web.base.ErrorMappers.domainCause(c), lines);
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

    private static void show(String formId, DomainException e, boolean lines) {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale locale = locale();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (FieldProblem p : e.problems()) {
            String clientId = null;
            String text = p.message(locale);
            java.util.regex.Matcher row = p.field() == null ? null
                    : java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]\\.([\\w.]+)").matcher(p.field());
            if (row != null && row.matches() && formId != null && lines) {
                // a field of one line of a text area (holidays[2].from): the message goes to the text area, naming the line
                UIComponent c = fc.getViewRoot().findComponent(":" + formId + ":" + row.group(1));
                clientId = c == null ? null : c.getClientId(fc);
                text = text("common.line", Integer.parseInt(row.group(2)) + 1, text);
            } else if (row != null && row.matches() && formId != null) {
                // a field of a repeated row (lots[2].deposit): the message goes to that row's input; a nested field
                // (lots[2].dutch.floor) to the input named after its path (dutchFloor)
                clientId = formId + ":" + row.group(1) + ":" + row.group(2) + ":" + inputId(row.group(3));
            } else if (p.field() != null && formId != null) {
                UIComponent c = fc.getViewRoot().findComponent(":" + formId + ":" + p.field());
                clientId = c == null ? null : c.getClientId(fc);
            }
            if (shown.add(clientId + "\n" + text)) {
                // the same words once per place (a one-day holiday outside the year is wrong in its first and last day)
                fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
        fc.validationFailed();
    }

    /** A field path as an input's id: {@code dutch.floor} → {@code dutchFloor}. */
    static String inputId(String path) {
        StringBuilder id = new StringBuilder();
        for (String part : path.split("\\.")) {
            id.append(id.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return id.toString();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while (c instanceof EJBException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
