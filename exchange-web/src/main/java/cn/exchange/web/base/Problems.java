package cn.exchange.web.base;

import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.DomainMessages;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.core.shared.NotPermittedException;
import cn.exchange.web.base.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Locale;

/** Builds problem answers in the caller's language. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    private Problems() {
    }

    public static Response of(HttpServletRequest request, int status, String code, Object... args) {
        Locale locale = locale(request);
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem(status, code, DomainMessages.format(locale, code, args), List.of())).build();
    }

    public static Response of(HttpServletRequest request, DomainException e) {
        Problem problem = of(locale(request), e);
        Response.ResponseBuilder r = Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
        if (e instanceof cn.exchange.core.shared.TooManyRequestsException t) {
            r.header("Retry-After", t.retryAfterSeconds());
        }
        return r.build();
    }

    /** A refused rule as the API answers it, in {@code locale} (also the hall's WebSocket, which has no request). */
    public static Problem of(Locale locale, DomainException e) {
        int status = e instanceof NotFoundException ? 404 : e instanceof NotPermittedException ? 403
                : e instanceof ConflictException ? 409 : e instanceof cn.exchange.core.shared.TooManyRequestsException ? 429 : 400;
        List<Problem.FieldError> errors = e.problems().stream().filter(p -> p.field() != null)
                .map(p -> new Problem.FieldError(p.field(), p.code(), p.message(locale))).toList();
        FieldProblem first = e.problems().get(0);
        return new Problem(status, first.code(), e.message(locale), errors);
    }

    /** A problem without a field, in {@code locale}. */
    public static Problem of(Locale locale, int status, String code, Object... args) {
        return new Problem(status, code, DomainMessages.format(locale, code, args), List.of());
    }

    static Locale locale(HttpServletRequest request) {
        return request == null ? Languages.CHINESE : Languages.ofApi(request);
    }

    /** True when the failure is the database being unreachable or restarting: the client should try again. */
    public static boolean isTransientDatabaseFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLTransientException) {
                return true;
            }
            if (c instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P") || "53300".equals(s.getSQLState()))) {
                return true;
            }
            if (c.getClass().getName().contains("PoolingException") || c instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
