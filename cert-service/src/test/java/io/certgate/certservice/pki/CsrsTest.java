package io.certgate.certservice.pki;

import java.nio.file.Path;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsrsTest {

    private static final String SUBJECT = "CN=ftp.example.com,O=Example Corp,C=US";
    private static final SubjectAltNames SANS = new SubjectAltNames(List.of("ftp.example.com", "files.example.com"),
            List.of("192.0.2.10"));

    @TempDir
    Path dir;

    @Test
    void createsASignedRequestWithTheSansInAnExtensionRequest() throws Exception {
        // When
        GeneratedCsr csr = Csrs.create(SUBJECT, SANS, KeyType.EC_P256);

        // Then
        PKCS10CertificationRequest request = csr.request();
        assertThat(request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(csr.keyPair().getPublic())))
                .isTrue();
        assertThat(request.getSubject().toString()).isEqualTo("C=US,O=Example Corp,CN=ftp.example.com");
        Extensions requested = Extensions.getInstance(
                request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)[0].getAttrValues()
                        .getObjectAt(0));
        assertThat(GeneralNames.fromExtensions(requested, Extension.subjectAlternativeName).getNames())
                .extracting(GeneralName::getTagNo)
                .containsExactly(GeneralName.dNSName, GeneralName.dNSName, GeneralName.iPAddress);
        assertThat(Csrs.publicKey(request)).isEqualTo(csr.keyPair().getPublic());
        assertThat(csr.toString()).doesNotContain("Private");
    }

    @Test
    void opensslVerifiesTheRequestAndACaCertificateFromItMatchesThePendingKey() {
        // Given
        GeneratedCsr csr = Csrs.create(SUBJECT, SANS, KeyType.RSA_2048);
        OpenSsl openssl = new OpenSsl(dir);
        openssl.write("request.csr", Csrs.toPem(csr.request()));
        assertThat(openssl.readString("request.csr")).startsWith("-----BEGIN CERTIFICATE REQUEST-----");

        // When: openssl checks the request, then a CA signs it copying the requested SANs
        String text = openssl.run("req", "-in", "request.csr", "-noout", "-verify", "-text");
        openssl.run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                "ca.key", "-subj", "/CN=CSR Test CA", "-days", "1", "-out", "ca.pem");
        openssl.run("x509", "-req", "-in", "request.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-copy_extensions",
                "copy", "-set_serial", "99", "-days", "10", "-out", "signed.pem");
        ParsedBundle signed = BundleParser.parse(openssl.read("signed.pem"), null);

        // Then
        assertThat(text).contains("verify OK", "DNS:ftp.example.com", "DNS:files.example.com", "IP Address:192.0.2.10",
                "sha256WithRSAEncryption");
        assertThat(signed.certificates()).hasSize(1);
        assertThat(Keys.matches(signed.certificates().get(0).getPublicKey(), csr.keyPair().getPrivate())).isTrue();
        assertThat(CertificateInfo.of(signed.certificates().get(0)).dnsNames())
                .containsExactly("ftp.example.com", "files.example.com");
    }

    @Test
    void createsARequestWithoutSans() {
        GeneratedCsr csr = Csrs.create("CN=plain", SubjectAltNames.none(), KeyType.EC_P384);

        assertThat(csr.request().getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)).isEmpty();
        assertThat(Csrs.publicKey(csr.request())).isEqualTo(csr.keyPair().getPublic());
    }

    @Test
    void refusesSubjectThatIsNoDistinguishedName() {
        assertThatThrownBy(() -> Csrs.create("not a name", SANS, KeyType.EC_P256))
                .isInstanceOfSatisfying(PkiException.class, e -> assertThat(e.code()).isEqualTo(PkiError.INVALID_NAME));
    }
}
