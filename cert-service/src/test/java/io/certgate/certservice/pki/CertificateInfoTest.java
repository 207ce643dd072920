package io.certgate.certservice.pki;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Details of certificates made by openssl, compared with what openssl itself prints. */
class CertificateInfoTest {

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
    void readsEveryFieldOfALeafCertificate() {
        // When
        CertificateInfo info = CertificateInfo.of(chain.leaf);

        // Then
        assertThat(info.subject()).isEqualTo("CN=ftp.example.com,O=Certgate Test,C=US");
        assertThat(info.issuer()).isEqualTo("CN=Certgate Test Intermediate");
        assertThat(info.serial()).isEqualTo(OpenSslChain.LEAF_SERIAL);
        assertThat(info.dnsNames()).containsExactly("ftp.example.com", "*.files.example.com");
        assertThat(info.ipAddresses()).containsExactly("192.0.2.10", "2001:db8::1");
        assertThat(info.emails()).containsExactly("admin@example.com");
        assertThat(info.uris()).containsExactly("https://example.com/");
        assertThat(Duration.between(info.notBefore(), info.notAfter())).isEqualTo(Duration.ofDays(30));
        assertThat(info.publicKey()).isEqualTo(new KeyInfo("RSA", 2048, Optional.empty()));
        assertThat(info.signatureAlgorithm()).isEqualTo("SHA256withECDSA");
        assertThat(info.isCa()).isFalse();
        assertThat(info.pathLen()).isEmpty();
        assertThat(info.selfSigned()).isFalse();
        assertThat(info.keyUsage()).containsExactly("digitalSignature", "keyEncipherment");
        assertThat(info.extendedKeyUsage()).containsExactly("serverAuth", "clientAuth", OpenSslChain.PRIVATE_EKU);
        assertThat(info.authorityKeyId()).isEqualTo(CertificateInfo.of(chain.intermediate).subjectKeyId());
    }

    @Test
    void fingerprintsAndKeyIdEqualWhatOpensslPrints() {
        // When
        CertificateInfo info = CertificateInfo.of(chain.leaf);

        // Then
        assertThat(info.sha256()).isEqualTo(opensslFingerprint("-sha256")).hasSize(64);
        assertThat(info.sha1()).isEqualTo(opensslFingerprint("-sha1")).hasSize(40);
        assertThat(Fingerprints.sha256(chain.leaf)).isEqualTo(info.sha256());
        String ski = openssl.run("x509", "-in", "leaf.pem", "-noout", "-ext", "subjectKeyIdentifier");
        assertThat(info.subjectKeyId()).contains(lastLineAsHex(ski));
    }

    @Test
    void readsCaFlagsAndPathLength() {
        CertificateInfo root = CertificateInfo.of(chain.root);
        CertificateInfo intermediate = CertificateInfo.of(chain.intermediate);

        assertThat(root.isCa()).isTrue();
        assertThat(root.pathLen()).isEmpty();
        assertThat(root.selfSigned()).isTrue();
        assertThat(root.keyUsage()).containsExactly("keyCertSign", "cRLSign");
        assertThat(intermediate.isCa()).isTrue();
        assertThat(intermediate.pathLen()).contains(0);
        assertThat(intermediate.selfSigned()).isFalse();
        assertThat(intermediate.publicKey().curve()).contains("P-256");
        assertThat(intermediate.signatureAlgorithm()).isEqualTo("SHA256withRSA");
    }

    @Test
    void selfSignedNeedsAValidSignatureNotOnlyEqualNames() {
        // Given: a certificate whose issuer name equals its subject, signed by another key
        openssl.run("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "victim.key");
        openssl.run("req", "-new", "-config", "ca.cnf", "-key", "victim.key", "-subj", "/CN=Certgate Test Root",
                "-out", "victim.csr");
        openssl.run("x509", "-req", "-in", "victim.csr", "-CA", "root.pem", "-CAkey", "root.key", "-set_serial", "7",
                "-days", "1", "-out", "same-name.pem");

        // When
        CertificateInfo info = CertificateInfo.of(openssl.certificate("same-name.pem"));

        // Then
        assertThat(info.subject()).isEqualTo(info.issuer());
        assertThat(info.selfSigned()).isFalse();
    }

    private static String opensslFingerprint(String digest) {
        // "sha256 Fingerprint=AB:CD:..." -> "abcd..."
        String line = openssl.run("x509", "-in", "leaf.pem", "-noout", "-fingerprint", digest).strip();
        return line.substring(line.indexOf('=') + 1).replace(":", "").toLowerCase(Locale.ROOT);
    }

    private static String lastLineAsHex(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].strip().replace(":", "").toLowerCase(Locale.ROOT);
    }
}
