package io.certgate.certservice.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error answer of the API.
 *
 * @param type
 *            a URI naming the kind of problem
 * @param title
 *            a short summary of the kind
 * @param status
 *            the HTTP status
 * @param detail
 *            what went wrong in this occurrence, for a human
 * @param code
 *            the stable machine-readable code clients switch on
 * @param errors
 *            per-field details, when the request had invalid fields
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    /** Media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem with a code and detail; the type is derived from the code. */
    public static Problem of(int status, String title, String code, String detail, List<FieldError> errors) {
        return new Problem("https://certgate.io/problems/" + code.toLowerCase().replace('_', '-'), title, status,
                detail, code, errors);
    }

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {
    }
}
