package io.certgate.client.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Turns {@link CertEvent}s into their structured-mode JSON and back. */
public final class CertEventCodec {

    /** Kafka record header that marks a structured-mode CloudEvent. */
    public static final String CONTENT_TYPE_HEADER = "content-type";
    /** Its value: the record value is the whole event as JSON. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CertEventCodec() {
    }

    /** The event as CloudEvents structured JSON. */
    public static String encode(CertEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * Reads an event; unknown attributes (CloudEvents extensions) are ignored.
     *
     * @throws IllegalArgumentException
     *             when the text is not a valid Certgate CloudEvent
     */
    public static CertEvent decode(String json) {
        try {
            return MAPPER.readValue(json, CertEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getOriginalMessage(), e);
        }
    }
}
