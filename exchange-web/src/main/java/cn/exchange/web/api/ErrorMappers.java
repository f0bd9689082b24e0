package cn.exchange.web.api;

import cn.exchange.core.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into a problem answer: a refused rule is 400/403/404/409 with the field named, a
 * malformed request 400, an unreachable database 503 "try again", anything else 500 with an incident number in the
 * log — never a stack trace to the caller.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response map(HttpServletRequest request, Throwable t) {
        Throwable cause = unwrap(t);
        if (cause instanceof DomainException d) {
            return Problems.of(request, d);
        }
        if (cause instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status == 404) {
                return Problems.of(request, 404, "common.notFound", request == null ? "" : request.getRequestURI(), "");
            }
            if (status == 405 || status == 406 || status == 415) {
                return Problems.of(request, status, "common.badRequest", "HTTP " + status);
            }
            if (status < 500) {
                return Problems.of(request, status, "common.badRequest", shortMessage(w));
            }
        }
        if (cause instanceof cn.exchange.ejb.auction.BidNotRecordedException) {
            LOG.log(Level.WARNING, "Bid not recorded: {0}", String.valueOf(cause.getCause()));
            return Problems.of(request, 503, "auction.tryAgain");
        }
        if (isMalformedInput(cause)) {
            return Problems.of(request, 400, "common.badRequest", malformedDetail(cause));
        }
        if (Problems.isTransientDatabaseFailure(cause)) {
            LOG.log(Level.WARNING, "Database unavailable: {0}", cause.toString());
            return Problems.of(request, 503, "common.tryAgain");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, t);
        return Problems.of(request, 500, "common.unexpected");
    }

    private static String shortMessage(WebApplicationException w) {
        Throwable c = w.getCause();
        String m = c != null && c.getMessage() != null ? c.getMessage() : w.getMessage();
        if (m == null) {
            return "";
        }
        m = m.replaceAll("[\\r\\n\\t]+", " ");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** A body that is not JSON, or JSON of the wrong shape or types (Jersey's JSON-B provider, Yasson, Parsson). */
    static boolean isMalformedInput(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof jakarta.ws.rs.ProcessingException || c instanceof jakarta.json.bind.JsonbException
                    || c instanceof jakarta.json.JsonException || c instanceof java.time.format.DateTimeParseException
                    || c instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, shortened, with no class names or stack. */
    private static String malformedDetail(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? "" : c.getMessage().replaceAll("[\\r\\n\\t]+", " ");
        m = m.replaceAll("\\b(?:[a-z_$][a-z0-9_$]*\\.)+[A-Z][A-Za-z0-9_$]*", "");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof EJBException || c instanceof jakarta.ejb.EJBTransactionRolledbackException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** Everything that escapes a resource. */
    @Provider
    public static class AnyFailure implements ExceptionMapper<Throwable> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(Throwable t) {
            return map(request, t);
        }
    }

    /** A refused rule (also when it reaches JAX-RS directly, not through an EJB). */
    @Provider
    public static class Refused implements ExceptionMapper<DomainException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(DomainException e) {
            return Problems.of(request, e);
        }
    }

    /** Malformed JSON, wrong media types, unknown paths and methods. */
    @Provider
    public static class Protocol implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(WebApplicationException e) {
            return map(request, e);
        }
    }
}
