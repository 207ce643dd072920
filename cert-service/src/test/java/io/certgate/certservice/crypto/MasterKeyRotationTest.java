package io.certgate.certservice.crypto;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.certgate.certservice.certificate.repository.PrivateKeyRepository;
import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import static io.certgate.certservice.support.Api.admin;
import static io.certgate.certservice.support.Api.selfSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** A key stored under the old master key keeps working after the rotation and is moved to the new one. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@TestProfile(MasterKeyRotationTest.Rotated.class)
class MasterKeyRotationTest {

    static final String OLD = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String NEW = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    /** The service runs with the new master key and still knows the old one. */
    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("certgate.master-key", NEW, "certgate.previous-master-keys", OLD);
        }
    }

    @Inject
    PrivateKeyRepository keys;

    @Inject
    KeyVault vault;

    @Test
    void keysSealedUnderTheOldMasterKeyAreServedAndRewrapped() {
        // Given a certificate whose key row is still under the old master key, as before the rotation
        String id = selfSigned("rotate.example.com");
        KeyVault old = new KeyVault(KeyVaultTest.configFor(OLD));
        QuarkusTransaction.requiringNew().run(() -> keys.listAll().forEach(key -> {
            SealedSecret current = new SealedSecret(key.masterKeyId, key.wrappedKey, key.ciphertext);
            byte[] plain = vault.open(current, "private-key:" + key.id);
            SealedSecret underOld = old.seal(plain, "private-key:" + key.id);
            key.masterKeyId = underOld.masterKeyId();
            key.wrappedKey = underOld.wrappedKey();
            key.ciphertext = underOld.ciphertext();
        }));

        // Then the key still serves (an export opens it)
        admin().contentType(ContentType.JSON)
                .body(Map.of("format", "PKCS12", "password", "rotation-pass"))
                .when()
                .post("/api/v1/certificates/" + id + "/export")
                .then()
                .statusCode(200);

        // When the administrator re-wraps
        admin().when()
                .post("/api/v1/master-key/rewrap")
                .then()
                .statusCode(200)
                .body("remaining", is(0))
                .body("masterKeyId", is(vault.masterKeyId()));

        // Then every key is under the new master key and still opens
        List<String> ids = QuarkusTransaction.requiringNew()
                .call(() -> keys.listAll()
                        .stream()
                        .map(key -> key.masterKeyId)
                        .distinct()
                        .toList());
        assertThat(ids).containsExactly(vault.masterKeyId());
        admin().contentType(ContentType.JSON)
                .body(Map.of("format", "PKCS12", "password", "rotation-pass"))
                .when()
                .post("/api/v1/certificates/" + id + "/export")
                .then()
                .statusCode(200);
    }
}
