package cn.exchange.web.base;

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
        DomainException inside = domainCause(cause);
        if (inside != null) {
            // e.g. the text rule's entity listener, refusing inside EclipseLink's flush (wrapped by the persistence layer)
            return Problems.of(request, inside);
        }
        if (cause instanceof WebApplicationException w && badParameter(w) != null) {
            return Problems.of(request, badParameter(w));
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
        if (RequestBodies.isJsonFailure(cause)) {
            // a body JSON-B could not read: the field and what it should hold, not the parser's words
            return Problems.of(request, RequestBodies.describe(cause, null));
        }
        if (isMalformedInput(cause)) {
            return Problems.of(request, 400, "common.badRequest", malformedDetail(cause));
        }
        Problem p = ofFailure(Problems.locale(request), cause, t);
        return Response.status(p.status()).type(Problems.PROBLEM_JSON).entity(p).build();
    }

    /**
     * A failure that is not the caller's input — the bid not recorded (503, send it again with the same request id), the
     * database away (503), anything else (500, logged with an incident number and {@code logged}'s stack) — as the API
     * answers it in {@code locale}: over REST ({@link #map}) and over the hall's WebSocket alike.
     */
    public static Problem ofFailure(java.util.Locale locale, Throwable cause, Throwable logged) {
        if (cause instanceof cn.exchange.ejb.auction.BidNotRecordedException) {
            LOG.log(Level.WARNING, "Bid not recorded: {0}", String.valueOf(cause.getCause()));
            return Problems.of(locale, 503, "auction.tryAgain");
        }
        if (Problems.isTransientDatabaseFailure(cause)) {
            LOG.log(Level.WARNING, "Database unavailable: {0}", cause.toString());
            return Problems.of(locale, 503, "common.tryAgain");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, logged);
        return Problems.of(locale, 500, "common.unexpected");
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

    /** A refused rule anywhere in the chain of causes (a persistence layer may wrap it), or null. */
    public static DomainException domainCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }

    /**
     * A query, header, form or cookie parameter Jersey could not convert (its {@code ParamException}, which it answers
     * 404 for query parameters): a 400 naming the parameter and what it should hold. A bad path parameter stays 404.
     */
    static DomainException badParameter(WebApplicationException w) {
        Class<?> type = w.getClass();
        boolean param = false;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            param |= c.getName().equals("org.glassfish.jersey.server.ParamException");
        }
        if (!param || type.getSimpleName().equals("PathParamException")) {
            return null;
        }
        String name;
        try {
            name = String.valueOf(type.getMethod("getParameterName").invoke(w));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        Throwable c = w.getCause();
        while (c != null && c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c == null || c.getMessage() == null ? "" : c.getMessage();
        java.util.Optional<String> values = RequestBodies.enumValues(m, null);
        if (values.isPresent()) {
            return new DomainException(name, "request.badEnum", name, values.get());
        }
        String expected = c instanceof NumberFormatException ? "request.expected.number"
                : c instanceof java.time.format.DateTimeParseException ? "request.expected.date" : "request.expected.other";
        return new DomainException(name, "request.badParameter", name, expected);
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
