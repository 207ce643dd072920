package io.certgate.certservice.crypto;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.certgate.certservice.config.CertServiceConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyVaultTest {

    static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final byte[] SECRET = "-----BEGIN PRIVATE KEY-----MIIE...".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sealedSecretsOpenWithTheSameMasterKeyAndContext() {
        KeyVault vault = vault(KEY_A);

        SealedSecret sealed = vault.seal(SECRET, "certificate:1");

        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE KEY");
        assertThat(sealed.masterKeyId()).hasSize(16).isEqualTo(vault.masterKeyId());
        assertThat(vault.open(sealed, "certificate:1")).isEqualTo(SECRET);
    }

    @Test
    void eachSealUsesAFreshDataKeyAndNonce() {
        KeyVault vault = vault(KEY_A);

        assertThat(vault.seal(SECRET, "c").ciphertext()).isNotEqualTo(vault.seal(SECRET, "c").ciphertext());
    }

    @Test
    void aSecretMovedToAnotherRecordDoesNotOpen() {
        KeyVault vault = vault(KEY_A);
        SealedSecret sealed = vault.seal(SECRET, "certificate:1");

        assertThatThrownBy(() -> vault.open(sealed, "certificate:2")).hasMessageContaining("does not decrypt");
    }

    @Test
    void alteredCiphertextDoesNotOpen() {
        KeyVault vault = vault(KEY_A);
        SealedSecret sealed = vault.seal(SECRET, "c");
        byte[] altered = sealed.ciphertext();
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> vault.open(new SealedSecret(sealed.masterKeyId(), sealed.wrappedKey(), altered), "c"))
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void anotherMasterKeyIsNamedInTheError() {
        SealedSecret sealed = vault(KEY_A).seal(SECRET, "c");

        assertThatThrownBy(() -> vault(KEY_B).open(sealed, "c"))
                .hasMessageContaining("neither the configured master key");
    }

    @Test
    void afterARotationOldSecretsStillOpenAndRewrapOntoTheNewKey() {
        SealedSecret underA = vault(KEY_A).seal(SECRET, "c");
        KeyVault rotated = new KeyVault(config(KEY_B, KEY_A));

        assertThat(rotated.open(underA, "c")).isEqualTo(SECRET);
        SealedSecret underB = rotated.rewrap(underA, "c");

        assertThat(underB.masterKeyId()).isEqualTo(rotated.masterKeyId()).isNotEqualTo(underA.masterKeyId());
        assertThat(underB.ciphertext()).isEqualTo(underA.ciphertext());
        assertThat(vault(KEY_B).open(underB, "c")).isEqualTo(SECRET);
        assertThatThrownBy(() -> vault(KEY_A).open(underB, "c")).hasMessageContaining("neither the configured");
    }

    @Test
    void refusesToStartWithoutAMasterKey() {
        assertThatThrownBy(() -> new KeyVault(config(null))).hasMessageContaining("CERTGATE_MASTER_KEY is not set");
    }

    @Test
    void refusesAMasterKeyOfTheWrongSizeOrEncoding() {
        assertThatThrownBy(() -> vault(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> vault("not base64 !")).hasMessageContaining("not valid base64");
    }

    /** A configuration with just this master key, for other tests of the package. */
    static CertServiceConfig configFor(String masterKey) {
        return config(masterKey);
    }

    private static KeyVault vault(String masterKey) {
        return new KeyVault(config(masterKey));
    }

    private static CertServiceConfig config(String masterKey, String... previous) {
        return new CertServiceConfig() {
            @Override
            public Optional<java.util.List<String>> previousMasterKeys() {
                return Optional.of(java.util.List.of(previous));
            }

            @Override
            public Outbox outbox() {
                return new Outbox() {
                    @Override
                    public Duration pollInterval() {
                        return Duration.ofSeconds(1);
                    }

                    @Override
                    public int batchSize() {
                        return 100;
                    }

                    @Override
                    public Duration publishTimeout() {
                        return Duration.ofSeconds(10);
                    }
                };
            }

            @Override
            public Optional<String> masterKey() {
                return Optional.ofNullable(masterKey);
            }

            @Override
            public Bootstrap bootstrap() {
                return null;
            }
        };
    }
}
