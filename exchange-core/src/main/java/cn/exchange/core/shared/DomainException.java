package cn.exchange.core.shared;

import java.util.List;
import java.util.Locale;

/**
 * A rule of the exchange refused a request. Carries one or more {@link FieldProblem}s; the application rolls the
 * transaction back and shows each problem next to its field, in the user's language — never a stack trace.
 */
public class DomainException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public DomainException(String field, String code, Object... args) {
        this(List.of(FieldProblem.of(field, code, args)));
    }

    public DomainException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).code());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DomainException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The code of the first problem, e.g. {@code listing.price.belowValuation}. */
    public String code() {
        return problems.get(0).code();
    }

    public String message(Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (FieldProblem p : problems) {
            if (sb.length() > 0 && !"zh".equals(locale.getLanguage())) {
                sb.append(' ');
            }
            sb.append(p.message(locale));
        }
        return sb.toString();
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
