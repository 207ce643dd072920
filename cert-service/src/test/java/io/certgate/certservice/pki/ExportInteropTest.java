package io.certgate.certservice.pki;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What Certgate exports is read back by openssl, by the JDK and by Certgate's own parser. */
class ExportInteropTest {

    private static final String PASSWORD = "Export-Pa55word";

    @TempDir
    static Path dir;

    private static OpenSsl openssl;
    private static OpenSslChain chain;
    private static PrivateKey leafKey;

    @BeforeAll
    static void makeFixtures() {
        openssl = new OpenSsl(dir);
        chain = new OpenSslChain(openssl);
        leafKey = BundleParser.parse(openssl.concat("leaf.pem", "leaf.key"), null).privateKey().orElseThrow();
    }

    @Test
    void encryptedPrivateKeyIsReadByOpensslAndByTheParser() {
        // Given
        openssl.write("exported-enc.key", Pem.encryptedPrivateKey(leafKey, PASSWORD.toCharArray()));

        // When
        String publicFromExport = openssl.run("pkey", "-in", "exported-enc.key", "-passin", "pass:" + PASSWORD,
                "-pubout");
        String structure = openssl.run("asn1parse", "-in", "exported-enc.key");
        OpenSsl.Result wrong = openssl.tryRun("pkey", "-in", "exported-enc.key", "-passin", "pass:wrong", "-noout");
        ParsedBundle parsed = BundleParser.parse(openssl.concat("leaf.pem", "exported-enc.key"),
                PASSWORD.toCharArray());

        // Then
        assertThat(openssl.readString("exported-enc.key")).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(publicFromExport).isEqualTo(openssl.run("pkey", "-in", "leaf.key", "-pubout"));
        assertThat(structure).contains("PBES2", "PBKDF2", "hmacWithSHA256", "aes-256-cbc");
        assertThat(largestInteger(structure)).isGreaterThanOrEqualTo(100_000);
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(Keys.matches(chain.leaf.getPublicKey(), parsed.privateKey().orElseThrow())).isTrue();
    }

    @Test
    void plainPrivateKeyIsReadByOpensslAndByTheParser() {
        openssl.write("exported.key", Pem.privateKey(leafKey));

        assertThat(openssl.readString("exported.key")).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(openssl.run("pkey", "-in", "exported.key", "-pubout"))
                .isEqualTo(openssl.run("pkey", "-in", "leaf.key", "-pubout"));
        assertThat(BundleParser.parse(openssl.concat("leaf.pem", "exported.key"), null).privateKey()).contains(leafKey);
    }

    @Test
    void pemCertificatesVerifyWithOpenssl() {
        // Given
        openssl.write("our-root.pem", Pem.certificate(chain.root));
        openssl.write("our-intermediate.pem", Pem.certificates(List.of(chain.intermediate)));
        openssl.write("our-leaf.pem", Pem.certificate(chain.leaf));
        String chainPem = Pem.certificates(List.of(chain.leaf, chain.intermediate, chain.root));

        // When
        String verified = openssl.run("verify", "-CAfile", "our-root.pem", "-untrusted", "our-intermediate.pem",
                "our-leaf.pem");

        // Then
        assertThat(verified).contains("our-leaf.pem: OK");
        assertThat(BundleParser.parse(chainPem.getBytes(StandardCharsets.US_ASCII), null).certificates())
                .containsExactly(chain.leaf, chain.intermediate, chain.root);
    }

    @Test
    void derCertificateIsReadByOpensslAndByTheParser() {
        openssl.write("our-leaf.der", Der.certificate(chain.leaf));

        String fingerprint = openssl.run("x509", "-inform", "DER", "-in", "our-leaf.der", "-noout", "-fingerprint",
                "-sha256");
        ParsedBundle parsed = BundleParser.parse(openssl.read("our-leaf.der"), null);

        assertThat(
                fingerprint.substring(fingerprint.indexOf('=') + 1).strip().replace(":", "").toLowerCase(Locale.ROOT))
                .isEqualTo(Fingerprints.sha256(chain.leaf));
        assertThat(parsed.format()).isEqualTo(SourceFormat.DER);
        assertThat(parsed.certificates()).containsExactly(chain.leaf);
    }

    @Test
    void pkcs12IsReadByOpensslByTheJdkAndByTheParser() throws Exception {
        // Given
        byte[] pkcs12 = Pkcs12.write(List.of(chain.leaf, chain.intermediate, chain.root), leafKey,
                PASSWORD.toCharArray(), "ftp");
        openssl.write("exported.p12", pkcs12);

        // When: openssl
        String info = openssl.run("pkcs12", "-info", "-nokeys", "-in", "exported.p12", "-passin", "pass:" + PASSWORD);
        openssl.run("pkcs12", "-in", "exported.p12", "-passin", "pass:" + PASSWORD, "-noout");
        openssl.run("pkcs12", "-in", "exported.p12", "-passin", "pass:" + PASSWORD, "-nocerts", "-nodes", "-out",
                "key-from-p12.pem");
        OpenSsl.Result wrong = openssl.tryRun("pkcs12", "-in", "exported.p12", "-passin", "pass:wrong", "-noout");

        // Then
        assertThat(info).contains("MAC: sha256", "PBES2, PBKDF2, AES-256-CBC", "PRF hmacWithSHA256",
                "Iteration " + Pbe.EXPORT_ITERATIONS, "friendlyName: ftp");
        assertThat(info.split("-----BEGIN CERTIFICATE-----", -1)).hasSize(4);
        assertThat(openssl.run("pkey", "-in", "key-from-p12.pem", "-pubout"))
                .isEqualTo(openssl.run("pkey", "-in", "leaf.key", "-pubout"));
        assertThat(wrong.exitCode()).isNotZero();

        // When: the JDK
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(new ByteArrayInputStream(pkcs12), PASSWORD.toCharArray());

        // Then
        assertThat(Collections.list(keyStore.aliases())).containsExactly("ftp");
        assertThat(Keys.matches(chain.leaf.getPublicKey(), (PrivateKey) keyStore.getKey("ftp", PASSWORD.toCharArray())))
                .isTrue();
        assertThat(keyStore.getCertificateChain("ftp")).containsExactly(new Certificate[]{chain.leaf,
                chain.intermediate, chain.root});

        // When: our parser
        ParsedBundle parsed = BundleParser.parse(pkcs12, PASSWORD.toCharArray());

        // Then
        assertThat(parsed.format()).isEqualTo(SourceFormat.PKCS12);
        assertThat(parsed.certificates()).containsExactly(chain.leaf, chain.intermediate, chain.root);
        assertThat(Keys.matches(chain.leaf.getPublicKey(), parsed.privateKey().orElseThrow())).isTrue();
        assertThatThrownBy(() -> BundleParser.parse(pkcs12, "wrong".toCharArray()))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.WRONG_PASSWORD));
    }

    @Test
    void pkcs12WithEcKeyIsReadByOpensslAndTheJdk() throws Exception {
        // Given
        IssuedCertificate issued = SelfSigned.create("CN=ec.example.com", SubjectAltNames.dns("ec.example.com"), 10,
                KeyType.EC_P256, Clock.systemUTC());
        byte[] pkcs12 = Pkcs12.write(List.of(issued.certificate()), issued.keyPair().getPrivate(),
                PASSWORD.toCharArray(), "ec");
        openssl.write("ec.p12", pkcs12);

        // When
        openssl.run("pkcs12", "-in", "ec.p12", "-passin", "pass:" + PASSWORD, "-nocerts", "-nodes", "-out",
                "ec-from-p12.pem");
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(new ByteArrayInputStream(pkcs12), PASSWORD.toCharArray());

        // Then
        assertThat(openssl.run("ec", "-in", "ec-from-p12.pem", "-noout", "-text")).contains("NIST CURVE: P-256");
        assertThat(keyStore.getCertificate("ec")).isEqualTo(issued.certificate());
        assertThat(Keys.matches(issued.certificate().getPublicKey(),
                (PrivateKey) keyStore.getKey("ec", PASSWORD.toCharArray()))).isTrue();
    }

    @Test
    void refusesExportsThatCannotBeRight() {
        PrivateKey otherKey = KeyType.RSA_2048.generate().getPrivate();
        List<X509Certificate> leafOnly = List.of(chain.leaf);

        assertCode(() -> Pkcs12.write(leafOnly, otherKey, PASSWORD.toCharArray(), "x"), PkiError.KEY_DOES_NOT_MATCH);
        assertCode(() -> Pkcs12.write(List.of(), leafKey, PASSWORD.toCharArray(), "x"), PkiError.NO_CERTIFICATE);
        assertCode(() -> Pkcs12.write(leafOnly, leafKey, new char[0], "x"), PkiError.PASSWORD_REQUIRED);
        assertCode(() -> Pkcs12.write(leafOnly, leafKey, null, "x"), PkiError.PASSWORD_REQUIRED);
        assertCode(() -> Pem.encryptedPrivateKey(leafKey, new char[0]), PkiError.PASSWORD_REQUIRED);
    }

    private static void assertCode(ThrowingCallable call, PkiError code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PkiException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** The iteration count is the largest INTEGER in the PBES2 parameters that asn1parse prints in hex. */
    private static long largestInteger(String asn1parse) {
        Matcher matcher = Pattern.compile("INTEGER\\s*:([0-9A-F]+)").matcher(asn1parse);
        long largest = 0;
        while (matcher.find()) {
            largest = Math.max(largest, Long.parseLong(matcher.group(1), 16));
        }
        return largest;
    }
}
