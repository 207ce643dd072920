package io.certgate.certservice.pki;

import java.nio.file.Path;
import java.security.PrivateKey;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every format OpenSSL 3 writes for certificates and keys, read back by the parser. */
class BundleParserTest {

    private static final String PASSWORD = "s3cret-Pa55";

    @TempDir
    static Path dir;

    private static OpenSsl openssl;
    private static OpenSslChain chain;

    @BeforeAll
    static void makeFixtures() {
        openssl = new OpenSsl(dir);
        chain = new OpenSslChain(openssl);
    }

    @Test
    void readsPemCertificateWithPkcs8Key() {
        // Given
        byte[] upload = openssl.concat("leaf.pem", "leaf.key");

        // When
        ParsedBundle bundle = BundleParser.parse(upload, null);

        // Then
        assertThat(bundle.format()).isEqualTo(SourceFormat.PEM);
        assertThat(bundle.certificates()).containsExactly(chain.leaf);
        assertThat(bundle.privateKey()).get()
                .satisfies(key -> assertThat(Keys.matches(chain.leaf.getPublicKey(), key)).isTrue());
    }

    @Test
    void readsPemChainInInputOrder() {
        ParsedBundle bundle = BundleParser.parse(openssl.concat("root.pem", "leaf.pem", "intermediate.pem"), null);

        assertThat(bundle.certificates()).containsExactly(chain.root, chain.leaf, chain.intermediate);
        assertThat(bundle.privateKey()).isEmpty();
    }

    @Test
    void dropsDuplicateCertificatesKeepingTheFirst() {
        ParsedBundle bundle = BundleParser.parse(openssl.concat("leaf.pem", "intermediate.pem", "leaf.pem"), null);

        assertThat(bundle.certificates()).containsExactly(chain.leaf, chain.intermediate);
    }

    @Test
    void readsEncryptedPkcs8KeyWrittenByOpensslPkcs8() {
        // Given
        openssl.run("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", "leaf.key", "-out", "leaf-pkcs8-enc.key",
                "-passout", "pass:" + PASSWORD);
        byte[] upload = openssl.concat("leaf.pem", "leaf-pkcs8-enc.key");
        assertThat(new String(upload)).contains("BEGIN ENCRYPTED PRIVATE KEY");

        // When
        ParsedBundle bundle = BundleParser.parse(upload, PASSWORD.toCharArray());

        // Then
        assertThat(Keys.matches(chain.leaf.getPublicKey(), bundle.privateKey().orElseThrow())).isTrue();
        assertThatThrownBy(() -> BundleParser.parse(upload, null))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.PASSWORD_REQUIRED));
        assertThatThrownBy(() -> BundleParser.parse(upload, "not-the-password".toCharArray()))
                .isInstanceOfSatisfying(PkiException.class, e -> {
                    assertThat(e.code()).isEqualTo(PkiError.WRONG_PASSWORD);
                    assertThat(e.getMessage()).doesNotContain("not-the-password", PASSWORD, "org.bouncycastle",
                            "Exception");
                });
    }

    @Test
    void readsEcKeyWrittenByGenpkeyWithAes256() {
        // Given
        openssl.run("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-aes256", "-pass",
                "pass:" + PASSWORD, "-out", "p384-enc.key");
        openssl.run("req", "-x509", "-config", "ca.cnf", "-key", "p384-enc.key", "-passin", "pass:" + PASSWORD,
                "-subj", "/CN=p384.example.com", "-days", "1", "-out", "p384.pem");

        // When
        ParsedBundle bundle = BundleParser.parse(openssl.concat("p384-enc.key", "p384.pem"), PASSWORD.toCharArray());

        // Then
        PrivateKey key = bundle.privateKey().orElseThrow();
        assertThat(key.getAlgorithm()).isEqualTo("EC");
        assertThat(Keys.matches(bundle.certificates().get(0).getPublicKey(), key)).isTrue();
        assertThat(Keys.describe(bundle.certificates().get(0).getPublicKey()).curve()).contains("P-384");
    }

    @Test
    void readsTraditionalRsaPrivateKey() {
        openssl.run("rsa", "-in", "leaf.key", "-traditional", "-out", "leaf-pkcs1.key");
        byte[] upload = openssl.concat("leaf-pkcs1.key", "leaf.pem");
        assertThat(new String(upload)).contains("BEGIN RSA PRIVATE KEY");

        ParsedBundle bundle = BundleParser.parse(upload, null);

        assertThat(Keys.matches(chain.leaf.getPublicKey(), bundle.privateKey().orElseThrow())).isTrue();
    }

    @Test
    void readsLegacyEncryptedRsaPrivateKey() {
        // Given: PEM encryption with Proc-Type / DEK-Info headers
        openssl.run("rsa", "-in", "leaf.key", "-traditional", "-aes256", "-passout", "pass:" + PASSWORD, "-out",
                "leaf-pkcs1-enc.key");
        byte[] upload = openssl.concat("leaf.pem", "leaf-pkcs1-enc.key");
        assertThat(new String(upload)).contains("Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-256-CBC");

        // When
        ParsedBundle bundle = BundleParser.parse(upload, PASSWORD.toCharArray());

        // Then
        assertThat(Keys.matches(chain.leaf.getPublicKey(), bundle.privateKey().orElseThrow())).isTrue();
        assertThatThrownBy(() -> BundleParser.parse(upload, null))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.PASSWORD_REQUIRED));
        assertThatThrownBy(() -> BundleParser.parse(upload, "wrong".toCharArray()))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.WRONG_PASSWORD));
    }

    @Test
    void readsSec1EcKeyAfterEcParameters() {
        // Given: "openssl ecparam -genkey" writes an EC PARAMETERS block before the EC PRIVATE KEY
        openssl.run("ecparam", "-name", "prime256v1", "-genkey", "-out", "ec-sec1.key");
        openssl.run("req", "-x509", "-config", "ca.cnf", "-key", "ec-sec1.key", "-subj", "/CN=ec.example.com", "-days",
                "1", "-out", "ec.pem");
        byte[] upload = openssl.concat("ec.pem", "ec-sec1.key");
        assertThat(new String(upload)).contains("BEGIN EC PARAMETERS", "BEGIN EC PRIVATE KEY");

        // When
        ParsedBundle bundle = BundleParser.parse(upload, null);

        // Then
        assertThat(bundle.certificates()).hasSize(1);
        assertThat(Keys.matches(bundle.certificates().get(0).getPublicKey(), bundle.privateKey().orElseThrow()))
                .isTrue();
    }

    @Test
    void readsDerCertificate() {
        openssl.run("x509", "-in", "leaf.pem", "-outform", "DER", "-out", "leaf.der");

        ParsedBundle bundle = BundleParser.parse(openssl.read("leaf.der"), null);

        assertThat(bundle.format()).isEqualTo(SourceFormat.DER);
        assertThat(bundle.certificates()).containsExactly(chain.leaf);
    }

    @Test
    void readsDerAndPemPkcs7FromCrl2pkcs7() {
        // Given
        openssl.run("crl2pkcs7", "-nocrl", "-certfile", "chain.pem", "-outform", "DER", "-out", "chain.p7b");
        openssl.run("crl2pkcs7", "-nocrl", "-certfile", "chain.pem", "-out", "chain-p7.pem");

        // When
        ParsedBundle der = BundleParser.parse(openssl.read("chain.p7b"), null);
        ParsedBundle pem = BundleParser.parse(openssl.read("chain-p7.pem"), null);

        // Then
        assertThat(der.format()).isEqualTo(SourceFormat.PKCS7);
        assertThat(der.certificates()).containsExactlyInAnyOrder(chain.leaf, chain.intermediate, chain.root);
        assertThat(pem.format()).isEqualTo(SourceFormat.PEM);
        assertThat(pem.certificates()).containsExactlyInAnyOrder(chain.leaf, chain.intermediate, chain.root);
    }

    @Test
    void readsPkcs12WrittenWithOpenssl3Defaults() {
        // Given: AES-256-CBC, PBKDF2-HMAC-SHA256, SHA-256 MAC
        openssl.run("pkcs12", "-export", "-in", "leaf.pem", "-inkey", "leaf.key", "-certfile", "ca-chain.pem",
                "-passout", "pass:" + PASSWORD, "-out", "modern.p12");

        // When
        ParsedBundle bundle = BundleParser.parse(openssl.read("modern.p12"), PASSWORD.toCharArray());

        // Then
        assertThat(bundle.format()).isEqualTo(SourceFormat.PKCS12);
        assertThat(bundle.certificates()).containsExactlyInAnyOrder(chain.leaf, chain.intermediate, chain.root);
        assertThat(Keys.matches(chain.leaf.getPublicKey(), bundle.privateKey().orElseThrow())).isTrue();
    }

    @Test
    void readsLegacyPkcs12() {
        // Given: RC2-40 certificates, 3DES key, SHA-1 MAC
        openssl.run("pkcs12", "-export", "-legacy", "-in", "leaf.pem", "-inkey", "leaf.key", "-certfile",
                "ca-chain.pem", "-passout", "pass:" + PASSWORD, "-out", "legacy.p12");

        // When
        ParsedBundle bundle = BundleParser.parse(openssl.read("legacy.p12"), PASSWORD.toCharArray());

        // Then
        assertThat(bundle.certificates()).containsExactlyInAnyOrder(chain.leaf, chain.intermediate, chain.root);
        assertThat(Keys.matches(chain.leaf.getPublicKey(), bundle.privateKey().orElseThrow())).isTrue();
    }

    @Test
    void readsPkcs12WithoutMac() {
        openssl.run("pkcs12", "-export", "-nomac", "-in", "leaf.pem", "-inkey", "leaf.key", "-passout",
                "pass:" + PASSWORD, "-out", "nomac.p12");

        ParsedBundle bundle = BundleParser.parse(openssl.read("nomac.p12"), PASSWORD.toCharArray());

        assertThat(bundle.certificates()).containsExactly(chain.leaf);
        assertThat(bundle.privateKey()).isPresent();
    }

    @Test
    void refusesPkcs12WithWrongOrMissingPassword() {
        openssl.run("pkcs12", "-export", "-in", "leaf.pem", "-inkey", "leaf.key", "-passout", "pass:" + PASSWORD,
                "-out", "guarded.p12");
        byte[] upload = openssl.read("guarded.p12");

        assertThatThrownBy(() -> BundleParser.parse(upload, "Wrong-Password".toCharArray()))
                .isInstanceOfSatisfying(PkiException.class, e -> {
                    assertThat(e.code()).isEqualTo(PkiError.WRONG_PASSWORD);
                    assertThat(e.getMessage()).doesNotContain("Wrong-Password", PASSWORD, "org.bouncycastle");
                });
        assertThatThrownBy(() -> BundleParser.parse(upload, null))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.PASSWORD_REQUIRED));
    }

    @Test
    void readsPemThatOpensslPrintsFromPkcs12WithBagAttributes() {
        // Given: "openssl pkcs12 -nodes" prints "Bag Attributes" text around the blocks
        openssl.run("pkcs12", "-export", "-in", "leaf.pem", "-inkey", "leaf.key", "-certfile", "ca-chain.pem",
                "-passout", "pass:" + PASSWORD, "-out", "to-pem.p12");
        openssl.run("pkcs12", "-in", "to-pem.p12", "-passin", "pass:" + PASSWORD, "-nodes", "-out", "from-p12.pem");
        assertThat(openssl.readString("from-p12.pem")).contains("Bag Attributes");

        // When
        ParsedBundle bundle = BundleParser.parse(openssl.read("from-p12.pem"), null);

        // Then
        assertThat(bundle.certificates()).containsExactlyInAnyOrder(chain.leaf, chain.intermediate, chain.root);
        assertThat(Keys.matches(chain.leaf.getPublicKey(), bundle.privateKey().orElseThrow())).isTrue();
    }

    @Test
    void refusesEd25519Key() {
        openssl.run("genpkey", "-algorithm", "ed25519", "-out", "ed25519.key");

        assertThatThrownBy(() -> BundleParser.parse(openssl.concat("leaf.pem", "ed25519.key"), null))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.UNSUPPORTED_KEY));
    }

    @Test
    void refusesTwoKeys() {
        openssl.run("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "second.key");

        assertThatThrownBy(() -> BundleParser.parse(openssl.concat("leaf.pem", "leaf.key", "second.key"), null))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.MULTIPLE_KEYS));
    }

    @Test
    void refusesKeyWithoutCertificate() {
        assertThatThrownBy(() -> BundleParser.parse(openssl.read("leaf.key"), null))
                .isInstanceOfSatisfying(PkiException.class, e -> {
                    assertThat(e.code()).isEqualTo(PkiError.NO_CERTIFICATE);
                    assertThat(e.getMessage()).contains("private key but no certificate");
                });
    }

    @Test
    void refusesCertificateRequest() {
        assertThatThrownBy(() -> BundleParser.parse(openssl.concat("leaf.pem", "leaf.csr"), null))
                .isInstanceOfSatisfying(PkiException.class, e -> {
                    assertThat(e.code()).isEqualTo(PkiError.UNSUPPORTED_FORMAT);
                    assertThat(e.getMessage()).contains("CERTIFICATE REQUEST");
                });
    }
}
