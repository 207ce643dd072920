package io.certgate.certservice.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certgate.certservice.support.OpenSsl;
import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.certgate.certservice.support.Api.admin;
import static org.assertj.core.api.Assertions.assertThat;

/** Private keys, passwords and tokens never reach the database in clear, nor the log. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class KeySecrecyTest {

    static final String IMPORT_PASSWORD = "import-Secret-7f3a9c";
    static final String EXPORT_PASSWORD = "export-Secret-b81d44";

    @TempDir
    Path dir;

    @Inject
    EntityManager em;

    @Test
    void keysArePersistedSealedAndNothingSecretIsLogged() throws Exception {
        // Given a key uploaded encrypted with a password, then exported with another, and a new token
        OpenSsl openssl = new OpenSsl(dir).ca("ca", "/CN=Secrecy CA");
        openssl.leaf("leaf", "ca", "/CN=secret.example.com", "DNS:secret.example.com");
        openssl.run("pkcs8", "-topk8", "-in", "leaf.key", "-v2", "aes-256-cbc", "-passout", "pass:" + IMPORT_PASSWORD,
                "-out", "leaf.enc.key");
        openssl.run("pkcs8", "-topk8", "-nocrypt", "-in", "leaf.key", "-outform", "DER", "-out", "leaf.key.der");
        byte[] keyDer = openssl.bytes("leaf.key.der");

        String id = admin().contentType(ContentType.JSON)
                .body(Map.of("data", openssl.read("leaf.pem") + openssl.read("leaf.enc.key"), "password",
                        IMPORT_PASSWORD))
                .when()
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .extract()
                .path("certificate.id");
        admin().contentType(ContentType.JSON)
                .body(Map.of("format", "PEM", "password", EXPORT_PASSWORD))
                .when()
                .post("/api/v1/certificates/" + id + "/export")
                .then()
                .statusCode(200);
        String token = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "secrecy", "role", "viewer"))
                .when()
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");

        // Then the stored key bytes are not the key
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                        "select ciphertext, wrapped_key from private_key").getResultList());
        assertThat(rows).isNotEmpty();
        String keyHex = HexFormat.of().formatHex(keyDer);
        String keyMiddle = keyHex.substring(keyHex.length() / 2, keyHex.length() / 2 + 64);
        for (Object[] row : rows) {
            assertThat(HexFormat.of().formatHex((byte[]) row[0])).doesNotContain(keyMiddle);
            assertThat(HexFormat.of().formatHex((byte[]) row[1])).doesNotContain(keyMiddle);
        }

        // And no text column anywhere holds the key, a password or the token
        String keyBase64 = Base64.getEncoder().encodeToString(keyDer).substring(40, 100);
        String everyText = QuarkusTransaction.requiringNew()
                .call(() -> String.join("\n",
                        em.createNativeQuery(
                                """
                                        select coalesce(string_agg(payload, ' '), '') from outbox_event
                                        union all select coalesce(string_agg(coalesce(detail, '') || coalesce(target, ''), ' '), '') from audit_event
                                        union all select coalesce(string_agg(token_hash || name, ' '), '') from api_token
                                        union all select coalesce(string_agg(pem, ' '), '') from csr
                                        """)
                                .getResultList()
                                .stream()
                                .map(String::valueOf)
                                .toList()));
        assertThat(everyText).doesNotContain(keyBase64, IMPORT_PASSWORD, EXPORT_PASSWORD, token, "PRIVATE KEY");

        // And the log holds none of them either
        String log = Files.readString(Path.of("target/cert-service-test.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("certificate.export"); // the export was logged, without its secrets
        assertThat(log).doesNotContain(keyBase64, IMPORT_PASSWORD, EXPORT_PASSWORD, token, "BEGIN PRIVATE KEY",
                "BEGIN ENCRYPTED PRIVATE KEY", "cg_test-admin-token");
    }
}
