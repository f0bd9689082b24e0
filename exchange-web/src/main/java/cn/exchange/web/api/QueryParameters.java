package cn.exchange.web.api;

import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.core.shared.TextRules;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every query parameter of every REST request passes the input rule ({@link TextRules}) before a resource sees it, as
 * every text of a body does ({@link RequestBodies}): no control characters (a NUL in a search keyword reached the
 * database's text search and failed there: a 500 found by the fuzz), no reordering characters, at most
 * {@value #MAX} characters. Refused 400 with the parameter named, in the caller's language.
 */
@Provider
public class QueryParameters implements ContainerRequestFilter {

    /** Longer than any search keyword, id list or cursor the API takes. */
    static final int MAX = 1000;

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            for (String value : parameter.getValue()) {
                TextRules.check(parameter.getKey(), value, MAX, false).ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }
}
