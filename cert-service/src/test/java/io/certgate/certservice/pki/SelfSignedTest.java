package io.certgate.certservice.pki;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelfSignedTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SUBJECT = "CN=ftp.example.com,O=Example Corp,C=US";

    @TempDir
    Path dir;

    @Test
    void makesAnRsaServerAndClientCertificate() throws Exception {
        // Given
        SubjectAltNames sans = new SubjectAltNames(List.of("ftp.example.com", "*.files.example.com"),
                List.of("192.0.2.10", "2001:db8::1"));

        // When
        IssuedCertificate issued = SelfSigned.create(SUBJECT, sans, 90, KeyType.RSA_2048, CLOCK);

        // Then
        X509Certificate certificate = issued.certificate();
        CertificateInfo info = CertificateInfo.of(certificate);
        assertThat(certificate.getVersion()).isEqualTo(3);
        assertThat(info.subject()).isEqualTo(SUBJECT);
        assertThat(info.issuer()).isEqualTo(SUBJECT);
        assertThat(certificate.getSerialNumber().signum()).isPositive();
        assertThat(certificate.getSerialNumber().bitLength()).isBetween(64, 128);
        assertThat(info.notBefore()).isEqualTo(NOW.minus(Duration.ofMinutes(1)));
        assertThat(info.notAfter()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(info.isCa()).isFalse();
        assertThat(certificate.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        assertThat(info.keyUsage()).containsExactly("digitalSignature", "keyEncipherment");
        assertThat(info.extendedKeyUsage()).containsExactly("serverAuth", "clientAuth");
        assertThat(info.subjectKeyId()).isPresent();
        assertThat(info.authorityKeyId()).isEqualTo(info.subjectKeyId());
        assertThat(info.dnsNames()).containsExactly("ftp.example.com", "*.files.example.com");
        assertThat(info.ipAddresses()).containsExactly("192.0.2.10", "2001:db8::1");
        assertThat(info.signatureAlgorithm()).isEqualTo("SHA256withRSA");
        assertThat(info.selfSigned()).isTrue();
        assertThat(Keys.matches(certificate.getPublicKey(), issued.keyPair().getPrivate())).isTrue();
    }

    @Test
    void makesAnEcP384CertificateSignedWithSha384() {
        IssuedCertificate issued = SelfSigned.create("CN=ec.example.com", SubjectAltNames.dns("ec.example.com"), 1,
                KeyType.EC_P384, CLOCK);

        CertificateInfo info = CertificateInfo.of(issued.certificate());
        assertThat(info.signatureAlgorithm()).isEqualTo("SHA384withECDSA");
        assertThat(info.keyUsage()).containsExactly("digitalSignature");
        assertThat(info.publicKey().curve()).contains("P-384");
        assertThat(info.selfSigned()).isTrue();
    }

    @Test
    void opensslReadsTheNameAndExtensionsAsWritten() {
        // Given
        IssuedCertificate issued = SelfSigned.create(SUBJECT,
                new SubjectAltNames(List.of("ftp.example.com"), List.of("192.0.2.10")), 30, KeyType.EC_P256, CLOCK);
        OpenSsl openssl = new OpenSsl(dir);
        openssl.write("self.pem", Pem.certificate(issued.certificate()));

        // When
        String text = openssl.run("x509", "-in", "self.pem", "-noout", "-subject", "-nameopt", "RFC2253", "-ext",
                "basicConstraints,keyUsage,extendedKeyUsage,subjectAltName");

        // Then
        assertThat(text).contains("subject=" + SUBJECT, "CA:FALSE", "Digital Signature",
                "TLS Web Server Authentication, TLS Web Client Authentication", "DNS:ftp.example.com",
                "IP Address:192.0.2.10");
        assertThat(text).doesNotContain("Key Encipherment");
    }

    @Test
    void refusesValidityOutOfRange() {
        for (int days : new int[]{0, -1, 3651}) {
            assertThatThrownBy(() -> SelfSigned.create(SUBJECT, SubjectAltNames.none(), days, KeyType.EC_P256, CLOCK))
                    .isInstanceOfSatisfying(PkiException.class,
                            e -> assertThat(e.code()).isEqualTo(PkiError.INVALID_VALIDITY));
        }
        assertThat(SelfSigned.create(SUBJECT, SubjectAltNames.none(), 3650, KeyType.EC_P256, CLOCK)
                .certificate()
                .getNotAfter()
                .toInstant()).isEqualTo(NOW.plus(Duration.ofDays(3650)));
    }

    @Test
    void refusesSubjectThatIsNoDistinguishedName() {
        for (String subject : new String[]{"just some text", "", "CN", "FOO=bar", "CN=a,,O=b"}) {
            assertThatThrownBy(() -> SelfSigned.create(subject, SubjectAltNames.none(), 1, KeyType.EC_P256, CLOCK))
                    .as(subject)
                    .isInstanceOfSatisfying(PkiException.class,
                            e -> assertThat(e.code()).isEqualTo(PkiError.INVALID_NAME));
        }
    }

    @Test
    void doesNotPrintTheKey() {
        IssuedCertificate issued = SelfSigned.create(SUBJECT, SubjectAltNames.none(), 1, KeyType.RSA_2048, CLOCK);

        assertThat(issued.toString()).contains("ftp.example.com")
                .doesNotContain(((RSAPrivateCrtKey) issued.keyPair().getPrivate())
                        .getPrivateExponent()
                        .toString(16)
                        .substring(0, 16));
    }
}
