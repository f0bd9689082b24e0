package cn.exchange.ejb.platform;

import cn.exchange.core.shared.ColumnLimits;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.util.List;

/**
 * The last line of the input rule ({@link cn.exchange.core.shared.TextRules}): every entity's text fields are checked
 * against their columns ({@link ColumnLimits}) before EclipseLink inserts or updates the row, whichever way the text
 * came in (REST, page, import, a service's own composition). A refusal is a {@link DomainException} naming the field —
 * answered 400 / shown next to the field — instead of PostgreSQL's "value too long" or "invalid byte sequence" (500).
 * Registered for every entity of the unit as a default listener in {@code META-INF/orm.xml}.
 */
public class TextGuard {

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        List<FieldProblem> problems = ColumnLimits.problems(entity);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }
}
