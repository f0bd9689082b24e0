package cn.exchange.web.shell;

import cn.exchange.core.shared.FieldProblem;
import cn.exchange.core.shared.TextRules;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.util.Optional;

/**
 * The input rule ({@link TextRules}) for every text field of every page: Faces converts each submitted string through
 * the converter registered for {@code String}, so a control character, NUL, lone surrogate or reordering character in
 * any form is refused before it reaches a backing bean — shown next to the field, named by its label, in the page's
 * language — as the REST API refuses it in a body. A text area may hold line breaks and tabs; a field with a
 * {@code maxlength} is held to it (the browser's limit, which a hostile client ignores). Text is not otherwise changed.
 * (The entity listener {@code TextGuard} is the last line behind both.)
 */
@FacesConverter(forClass = String.class)
public class TextInputConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        Optional<FieldProblem> problem = TextRules.check(component.getId(), value, maxLength(component), multiLine(component));
        if (problem.isPresent()) {
            String text = label(component) + "：" + problem.get().message(Pages.locale());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return value;
    }

    /**
     * As Faces shows a value without a converter. (Faces also asks this converter for the items of a choice whose
     * field is a string — an enum's constants, say — so the value need not be a string.)
     */
    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return value == null ? "" : value.toString();
    }

    static boolean multiLine(UIComponent component) {
        return component instanceof HtmlInputTextarea || component.getClass().getSimpleName().contains("Textarea")
                || String.valueOf(component.getRendererType()).contains("Textarea");
    }

    private static int maxLength(UIComponent component) {
        Object max = component.getAttributes().get("maxlength");
        if (max instanceof Number n && n.intValue() > 0) {
            return n.intValue();
        }
        if (max instanceof String s && s.matches("[1-9][0-9]{0,6}")) {
            return Integer.parseInt(s);
        }
        return 0;
    }

    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null || label.toString().isBlank() ? component.getId() : label.toString();
    }
}
