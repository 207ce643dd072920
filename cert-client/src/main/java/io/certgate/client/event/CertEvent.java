package io.certgate.client.event;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as published on Certgate's topics. Events never carry
 * private keys, passwords or tokens: {@code data} holds identifiers and public facts only.
 *
 * @param specversion
 *            always {@value #SPEC_VERSION}
 * @param id
 *            unique per event; consumers deduplicate by it
 * @param source
 *            the producing service, for example {@code /certgate/cert-service}
 * @param type
 *            one of {@link EventTypes}
 * @param time
 *            when the change happened
 * @param subject
 *            what changed, for example a certificate id or a component name
 * @param datacontenttype
 *            always {@code application/json}
 * @param data
 *            the event's payload
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertEvent(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public CertEvent {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("unsupported CloudEvents specversion: " + specversion);
        }
        requireText(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        Objects.requireNonNull(time, "time");
        datacontenttype = datacontenttype == null ? JSON : datacontenttype;
        data = data == null ? JsonNodeFactory.instance.objectNode() : data.deepCopy();
    }

    /** A new event with the current CloudEvents version and JSON data. */
    public static CertEvent of(String id, String source, String type, Instant time, String subject, JsonNode data) {
        return new CertEvent(SPEC_VERSION, id, source, type, time, subject, JSON, data);
    }

    @Override
    public JsonNode data() {
        return data.deepCopy();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("CloudEvents attribute '" + name + "' is required");
        }
    }
}
