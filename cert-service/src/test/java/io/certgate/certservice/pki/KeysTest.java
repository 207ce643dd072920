package io.certgate.certservice.pki;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAPrivateKeySpec;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysTest {

    private static KeyPair rsa;
    private static KeyPair otherRsa;
    private static KeyPair ec;
    private static KeyPair otherEc;

    @BeforeAll
    static void makeKeys() {
        rsa = KeyType.RSA_2048.generate();
        otherRsa = KeyType.RSA_2048.generate();
        ec = KeyType.EC_P256.generate();
        otherEc = KeyType.EC_P256.generate();
    }

    @Test
    void rsaKeyMatchesOnlyItsOwnPublicKey() {
        assertThat(Keys.matches(rsa.getPublic(), rsa.getPrivate())).isTrue();
        assertThat(Keys.matches(rsa.getPublic(), otherRsa.getPrivate())).isFalse();
    }

    @Test
    void ecKeyMatchesOnlyItsOwnPublicKey() {
        assertThat(Keys.matches(ec.getPublic(), ec.getPrivate())).isTrue();
        assertThat(Keys.matches(ec.getPublic(), otherEc.getPrivate())).isFalse();
    }

    @Test
    void keysOfDifferentAlgorithmsOrCurvesNeverMatch() {
        KeyPair p384 = KeyType.EC_P384.generate();

        assertThat(Keys.matches(rsa.getPublic(), ec.getPrivate())).isFalse();
        assertThat(Keys.matches(ec.getPublic(), rsa.getPrivate())).isFalse();
        assertThat(Keys.matches(ec.getPublic(), p384.getPrivate())).isFalse();
    }

    @Test
    void rsaKeyWithoutCrtPartsIsCheckedByItsExponent() throws Exception {
        // Given: a private key that holds only modulus and private exponent
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) rsa.getPrivate();
        KeyFactory factory = KeyFactory.getInstance("RSA");
        PrivateKey bare = factory.generatePrivate(new RSAPrivateKeySpec(crt.getModulus(), crt.getPrivateExponent()));
        PrivateKey forged = factory.generatePrivate(
                new RSAPrivateKeySpec(crt.getModulus(), crt.getPrivateExponent().add(BigInteger.TWO)));

        // When / Then
        assertThat(Keys.matches(rsa.getPublic(), bare)).isTrue();
        assertThat(Keys.matches(rsa.getPublic(), forged)).isFalse();
    }

    @Test
    void requireMatchReportsKeyDoesNotMatch() {
        assertThatThrownBy(() -> Keys.requireMatch(rsa.getPublic(), otherRsa.getPrivate()))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.KEY_DOES_NOT_MATCH));
    }

    @Test
    void describesRsaAndNistCurves() throws Exception {
        KeyPairGenerator p521 = KeyPairGenerator.getInstance("EC");
        p521.initialize(new ECGenParameterSpec("secp521r1"));

        assertThat(Keys.describe(rsa.getPublic())).isEqualTo(new KeyInfo("RSA", 2048, Optional.empty()));
        assertThat(Keys.describe(ec.getPublic())).isEqualTo(new KeyInfo("EC", 256, Optional.of("P-256")));
        assertThat(Keys.describe(KeyType.EC_P384.generate().getPublic()).curve()).contains("P-384");
        assertThat(Keys.describe(p521.generateKeyPair().getPublic()))
                .isEqualTo(new KeyInfo("EC", 521, Optional.of("P-521")));
    }

    @Test
    void refusesOtherKeyAlgorithms() throws Exception {
        KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        assertThatThrownBy(() -> Keys.describe(ed25519.getPublic()))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.UNSUPPORTED_KEY));
        assertThatThrownBy(() -> Keys.matches(ed25519.getPublic(), ed25519.getPrivate()))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.UNSUPPORTED_KEY));
    }
}
