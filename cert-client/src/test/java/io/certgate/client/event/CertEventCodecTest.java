package io.certgate.client.event;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertEventCodecTest {

    @Test
    void roundTripsAStructuredCloudEvent() {
        // Given
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("certificateId", "c-1");
        CertEvent event = CertEvent.of("e-1", "/certgate/cert-service", EventTypes.CERTIFICATE_CREATED,
                Instant.parse("2026-11-23T08:00:00Z"), "c-1", data);

        // When
        String json = CertEventCodec.encode(event);
        CertEvent back = CertEventCodec.decode(json);

        // Then
        assertThat(json).contains("\"specversion\":\"1.0\"", "\"time\":\"2026-11-23T08:00:00Z\"",
                "\"datacontenttype\":\"application/json\"");
        assertThat(back).isEqualTo(event);
    }

    @Test
    void ignoresUnknownExtensionAttributes() {
        String json = """
                {"specversion":"1.0","id":"e-2","source":"/x","type":"io.certgate.binding.changed",
                 "time":"2026-11-23T08:00:00Z","partitionkey":"FTP","data":{"component":"FTP"}}""";

        CertEvent event = CertEventCodec.decode(json);

        assertThat(event.type()).isEqualTo(EventTypes.BINDING_CHANGED);
        assertThat(event.data().get("component").asText()).isEqualTo("FTP");
    }

    @Test
    void refusesAnEventWithoutId() {
        String json = """
                {"specversion":"1.0","source":"/x","type":"t","time":"2026-11-23T08:00:00Z"}""";

        assertThatThrownBy(() -> CertEventCodec.decode(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'id' is required");
    }

    @Test
    void refusesAnotherSpecVersion() {
        String json = """
                {"specversion":"0.3","id":"e","source":"/x","type":"t","time":"2026-11-23T08:00:00Z"}""";

        assertThatThrownBy(() -> CertEventCodec.decode(json)).hasMessageContaining("specversion");
    }

    @Test
    void dataCannotBeChangedThroughTheEvent() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("k", "v");
        CertEvent event = CertEvent.of("e", "/x", "t", Instant.EPOCH, null, data);

        data.put("k", "changed");
        ((ObjectNode) event.data()).put("k", "changed too");

        assertThat(event.data().get("k").asText()).isEqualTo("v");
    }
}
