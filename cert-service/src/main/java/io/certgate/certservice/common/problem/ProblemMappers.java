package io.certgate.certservice.common.problem;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into a problem+json answer with a stable code; no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(Problem.of(e.status(), title(e.status()), e.code(), e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized", "UNAUTHORIZED",
                "A valid bearer token is required (Authorization: Bearer <token>).", List.of())))
                .header("WWW-Authenticate", "Bearer realm=\"certgate\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "FORBIDDEN", "Your token's role may not do this.", List.of()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations()
                .stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(Problem.of(400, "Bad Request", "INVALID_REQUEST", "The request has invalid fields.", errors));
    }

    // Named one by one: Quarkus has its own mappers for the more specific Jackson exceptions.
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class})
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return respond(Problem.of(400, "Bad Request", "UNKNOWN_FIELD",
                    "Unknown field '" + unknown.getPropertyName() + "'.",
                    List.of(new Problem.FieldError(unknown.getPropertyName(), "unknown field"))));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            MismatchedInputException mismatch = (MismatchedInputException) e;
            String field = mismatch.getPath()
                    .stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b)
                    .orElse("(body)");
            return respond(Problem.of(400, "Bad Request", "INVALID_FIELD", "Field '" + field + "' has the wrong type.",
                    List.of(new Problem.FieldError(field, "wrong type"))));
        }
        return respond(Problem.of(400, "Bad Request", "MALFORMED_JSON", "The request body is not valid JSON.",
                List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        String code = switch (e) {
            case NotFoundException n -> "NOT_FOUND";
            case NotAllowedException n -> "METHOD_NOT_ALLOWED";
            case NotSupportedException n -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status == 413 ? "BODY_TOO_LARGE" : "HTTP_" + status;
        };
        String detail = switch (code) {
            case "NOT_FOUND" -> "No such resource.";
            case "UNSUPPORTED_MEDIA_TYPE" -> "This content type is not accepted here.";
            case "BODY_TOO_LARGE" -> "The request body is too large.";
            default -> title(status) + ".";
        };
        return respond(Problem.of(status, title(status), code, detail, List.of()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(Problem.of(500, "Internal Server Error", "INTERNAL",
                "Something went wrong on our side (incident " + incident + ").", List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String field(ConstraintViolation<?> violation) {
        // The path starts with the method and parameter names (create.request.name); clients know fields.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
