package io.certgate.client.tls;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsMaterialJsonTest {

    private static final String SAMPLE = """
            {"component":"FTP","version":"3f9a0c","futureField":{"x":1},
             "bindings":[{"bindingId":"7b0a3d4e-1c2f-4a5b-9c8d-0e1f2a3b4c5d","address":"*","serverName":"",
                          "certificateId":"11111111-2222-3333-4444-555555555555","sha256":"ab12cd",
                          "notAfter":"2026-12-31T23:59:59Z","chainPem":"-----BEGIN CERTIFICATE-----\\nAA==\\n-----END CERTIFICATE-----\\n",
                          "keyPem":"-----BEGIN PRIVATE KEY-----\\nAA==\\n-----END PRIVATE KEY-----\\n","extra":true}],
             "trustedCas":[{"certificateId":"66666666-7777-8888-9999-000000000000","subject":"CN=Client CA",
                            "sha256":"ef34","pem":"-----BEGIN CERTIFICATE-----\\nAA==\\n-----END CERTIFICATE-----\\n"}]}
            """;

    @Test
    void readsTheServiceJsonWithAPlainObjectMapper() throws Exception {
        // Given: the mapper a gateway's REST client would use, which fails on unknown fields by default
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

        // When
        TlsMaterial material = mapper.readValue(SAMPLE, TlsMaterial.class);

        // Then
        assertThat(material.component()).isEqualTo("FTP");
        assertThat(material.version()).isEqualTo("3f9a0c");
        assertThat(material.bindings()).singleElement().satisfies(binding -> {
            assertThat(binding.bindingId()).isEqualTo(UUID.fromString("7b0a3d4e-1c2f-4a5b-9c8d-0e1f2a3b4c5d"));
            assertThat(binding.address()).isEqualTo("*");
            assertThat(binding.isDefault()).isTrue();
            assertThat(binding.notAfter()).isEqualTo(Instant.parse("2026-12-31T23:59:59Z"));
            assertThat(binding.keyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
        });
        assertThat(material.trustedCas()).singleElement()
                .satisfies(ca -> assertThat(ca.subject()).isEqualTo("CN=Client CA"));
    }

    @Test
    void parseReadsTheSample() {
        TlsMaterial material = MaterialLoader.parse(SAMPLE);

        assertThat(material.bindings()).hasSize(1);
    }

    @Test
    void treatsMissingListsAsEmpty() {
        TlsMaterial material = MaterialLoader.parse("""
                {"component":"HTTPS","version":"1"}""");

        assertThat(material.bindings()).isEmpty();
        assertThat(material.trustedCas()).isEmpty();
    }

    @Test
    void refusesStructurallyInvalidMaterialWithoutQuotingIt() {
        // Given: a binding without its certificate id, and a key in the text
        String json = """
                {"component":"FTP","version":"1","bindings":[{"bindingId":"7b0a3d4e-1c2f-4a5b-9c8d-0e1f2a3b4c5d",
                 "address":"*","sha256":"ab","notAfter":"2026-12-31T23:59:59Z","chainPem":"x",
                 "keyPem":"-----BEGIN PRIVATE KEY-----\\nAA==\\n-----END PRIVATE KEY-----\\n"}]}""";

        // Then
        assertThatThrownBy(() -> MaterialLoader.parse(json)).isInstanceOf(InvalidMaterialException.class)
                .hasMessageContaining("certificateId is required")
                .message()
                .doesNotContain("PRIVATE KEY");
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> MaterialLoader.parse("<html>")).isInstanceOf(InvalidMaterialException.class);
        assertThatThrownBy(() -> MaterialLoader.parse("")).isInstanceOf(InvalidMaterialException.class);
        assertThatThrownBy(() -> MaterialLoader.parse("{\"component\":\"FTP\"}"))
                .isInstanceOf(InvalidMaterialException.class)
                .hasMessageContaining("version is required");
    }

    @Test
    void mapperWithUnknownFieldsFailingStillReadsIt() throws Exception {
        ObjectMapper strict = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        assertThat(strict.readValue(SAMPLE, TlsMaterial.class).version()).isEqualTo("3f9a0c");
    }
}
