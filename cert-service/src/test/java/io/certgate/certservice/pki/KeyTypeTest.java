package io.certgate.certservice.pki;

import java.security.KeyPair;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeyTypeTest {

    @ParameterizedTest
    @CsvSource({
            "RSA_2048, RSA, 2048, , SHA256withRSA",
            "RSA_3072, RSA, 3072, , SHA256withRSA",
            "RSA_4096, RSA, 4096, , SHA256withRSA",
            "EC_P256, EC, 256, P-256, SHA256withECDSA",
            "EC_P384, EC, 384, P-384, SHA384withECDSA"})
    void generatesTheKeyItNamesAndSignsWithTheMatchingAlgorithm(KeyType type, String algorithm, int bits, String curve,
            String signatureAlgorithm) {
        // When
        KeyPair pair = type.generate();

        // Then
        assertThat(Keys.describe(pair.getPublic())).isEqualTo(new KeyInfo(algorithm, bits, Optional.ofNullable(curve)));
        assertThat(Keys.matches(pair.getPublic(), pair.getPrivate())).isTrue();
        assertThat(type.signatureAlgorithm()).isEqualTo(signatureAlgorithm);
    }
}
