package io.certgate.certservice.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Random;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Uploads that cannot be used: each one fails with the code the API will report. */
class BundleParserErrorsTest {

    private static String certificatePem;
    private static String keyPem;

    @BeforeAll
    static void makeCertificate() {
        IssuedCertificate issued = SelfSigned.create("CN=errors.example.com", SubjectAltNames.none(), 1,
                KeyType.EC_P256, Clock.systemUTC());
        certificatePem = Pem.certificate(issued.certificate());
        keyPem = Pem.privateKey(issued.keyPair().getPrivate());
    }

    @Test
    void refusesEmptyInput() {
        assertCode(new byte[0], PkiError.EMPTY_INPUT);
        assertCode(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII), PkiError.EMPTY_INPUT);
    }

    @Test
    void refusesTruncatedPem() {
        // Given: the upload stopped half way through the block
        String truncated = certificatePem.substring(0, certificatePem.length() / 2);

        // When / Then
        PkiException e = assertCode(ascii(truncated), PkiError.MALFORMED_PEM);
        assertThat(e.getMessage()).contains("PEM block 1 (CERTIFICATE)", "truncated");
    }

    @Test
    void refusesPemWhoseEndLineIsMissingBeforeTheNextBlock() {
        String body = certificatePem.replace("-----END CERTIFICATE-----\n", "");

        assertCode(ascii(body + certificatePem), PkiError.MALFORMED_PEM);
    }

    @Test
    void refusesGarbageBase64InCertificateBlock() {
        String garbage = "-----BEGIN CERTIFICATE-----\nMIIB!!this is *not* base64@@\n-----END CERTIFICATE-----\n";

        PkiException e = assertCode(ascii(garbage), PkiError.MALFORMED_PEM);
        assertThat(e.getMessage()).contains("base64");
    }

    @Test
    void refusesValidBase64ThatIsNoCertificate() {
        String notDer = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getEncoder().encodeToString("hello, certificate".getBytes(StandardCharsets.US_ASCII))
                + "\n-----END CERTIFICATE-----\n";

        assertCode(ascii(notDer), PkiError.MALFORMED_PEM);
    }

    @Test
    void refusesRandomBytes() {
        // Given: a fixed seed, so the first byte is known not to look like DER
        byte[] random = new byte[2048];
        new Random(42).nextBytes(random);
        random[0] = (byte) 0x9c;

        assertCode(random, PkiError.UNSUPPORTED_FORMAT);
    }

    @Test
    void refusesRandomBytesThatStartLikeDer() {
        byte[] random = new byte[2048];
        new Random(7).nextBytes(random);
        random[0] = 0x30;

        assertCode(random, PkiError.MALFORMED_DER);
    }

    @Test
    void refusesTextThatIsNoPem() {
        PkiException e = assertCode(ascii("Dear admin,\nhere is the certificate you asked for.\n"),
                PkiError.UNSUPPORTED_FORMAT);

        assertThat(e.getMessage()).contains("not PEM");
    }

    @Test
    void refusesKeyAlone() {
        assertCode(ascii(keyPem), PkiError.NO_CERTIFICATE);
    }

    @Test
    void refusesTwoKeys() {
        String otherKey = Pem.privateKey(KeyType.EC_P256.generate().getPrivate());

        assertCode(ascii(certificatePem + keyPem + otherKey), PkiError.MULTIPLE_KEYS);
    }

    @Test
    void refusesMoreThanOneHundredCertificates() {
        String many = certificatePem.repeat(BundleParser.MAX_CERTIFICATES + 1);

        assertCode(ascii(many), PkiError.TOO_LARGE);
    }

    @Test
    void acceptsOneHundredCertificates() {
        String many = certificatePem.repeat(BundleParser.MAX_CERTIFICATES);

        assertThat(BundleParser.parse(ascii(many), null).certificates()).hasSize(1);
    }

    @Test
    void refusesInputLargerThanOneMebibyte() {
        assertCode(new byte[BundleParser.MAX_INPUT_BYTES + 1], PkiError.TOO_LARGE);
    }

    @Test
    void refusesEncryptedKeyThatAsksForTooMuchKeyDerivationWork() {
        // Given: an encrypted key claiming ten million PBKDF2 iterations (it would take many seconds to try)
        PBKDF2Params kdf = new PBKDF2Params(new byte[16], 10_000_000, 32,
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE));
        EncryptionScheme aes = new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC,
                new DEROctetString(new byte[16]));
        AlgorithmIdentifier pbes2 = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2,
                new PBES2Parameters(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, kdf), aes));
        byte[] der = encode(new EncryptedPrivateKeyInfo(pbes2, new byte[64]));
        String pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END ENCRYPTED PRIVATE KEY-----\n";

        // When / Then
        PkiException e = assertCode(ascii(certificatePem + pem), PkiError.TOO_LARGE, "password".toCharArray());
        assertThat(e.getMessage()).contains("10000000");
    }

    @Test
    void refusesMismatchedEndLine() {
        String mismatched = certificatePem.replace("-----END CERTIFICATE-----", "-----END PRIVATE KEY-----");

        PkiException e = assertCode(ascii(mismatched), PkiError.MALFORMED_PEM);
        assertThat(e.getMessage()).contains("begins as CERTIFICATE but ends as PRIVATE KEY");
    }

    @Test
    void refusesNullContent() {
        assertThatThrownBy(() -> BundleParser.parse(null, null)).isInstanceOf(NullPointerException.class);
    }

    private static PkiException assertCode(byte[] upload, PkiError expected) {
        return assertCode(upload, expected, null);
    }

    private static PkiException assertCode(byte[] upload, PkiError expected, char[] password) {
        Throwable thrown = catchThrowable(() -> BundleParser.parse(upload, password));
        assertThat(thrown).isInstanceOf(PkiException.class);
        PkiException e = (PkiException) thrown;
        assertThat(e.code()).as(e.getMessage()).isEqualTo(expected);
        assertThat(e.getMessage()).doesNotContain("org.bouncycastle", "Exception", "\tat ");
        return e;
    }

    private static byte[] encode(EncryptedPrivateKeyInfo info) {
        try {
            return info.getEncoded();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
