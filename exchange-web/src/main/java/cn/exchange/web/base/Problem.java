package cn.exchange.web.base;

import java.util.List;

/**
 * Every error answer of the API (RFC 9457 problem details, {@code application/problem+json}): the HTTP status, a
 * stable machine code, a message in the caller's language (Chinese unless the client asks for English) and, for input
 * errors, one entry per field.
 */
public record Problem(int status, String code, String message, List<FieldError> errors) {

    /** One field's problem: {@code field} as the request names it. */
    public record FieldError(String field, String code, String message) {
    }
}
