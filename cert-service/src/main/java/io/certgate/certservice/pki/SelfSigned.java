package io.certgate.certservice.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jboss.logging.Logger;

/** Self-signed TLS server/client certificates for evaluation and development, made with a fresh key. */
public final class SelfSigned {

    private static final Logger LOG = Logger.getLogger(SelfSigned.class);

    /** Tolerates clocks of clients that run a little behind ours. */
    private static final Duration BACKDATE = Duration.ofMinutes(1);

    private static final int SERIAL_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSigned() {
    }

    /**
     * Makes a v3 end-entity certificate (not a CA) valid from one minute ago for {@code validityDays} days.
     *
     * @param subjectDn
     *            RFC 4514 subject, for example {@code CN=ftp.example.com,O=Example}; also the issuer
     * @param validityDays
     *            1 to 3650
     */
    public static IssuedCertificate create(String subjectDn, SubjectAltNames sans, int validityDays, KeyType keyType,
            Clock clock) {
        Objects.requireNonNull(sans, "sans");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(clock, "clock");
        X500Name subject = Names.parse(subjectDn);
        Validity.requireDays(validityDays);

        KeyPair keyPair = keyType.generate();
        Instant now = clock.instant();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serialNumber(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(Duration.ofDays(validityDays))), subject,
                    keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, keyUsage(keyType))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(new KeyPurposeId[]{KeyPurposeId.id_kp_serverAuth,
                                    KeyPurposeId.id_kp_clientAuth}))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keyPair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(keyPair.getPublic()));
            if (!sans.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, sans.toGeneralNames());
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(
                            new JcaContentSignerBuilder(keyType.signatureAlgorithm()).build(keyPair.getPrivate())));
            LOG.debugf("Created self-signed certificate for %s (%s, %d days)", subjectDn, keyType, validityDays);
            return new IssuedCertificate(certificate, keyPair);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            // Inputs are validated above; a failure here is a broken runtime, not bad user input.
            throw new IllegalStateException("Cannot create a self-signed certificate", e);
        }
    }

    /** RSA keys also encrypt the pre-master secret in TLS 1.2 RSA key exchange; EC keys only sign. */
    static KeyUsage keyUsage(KeyType keyType) {
        return "RSA".equals(keyType.algorithm())
                ? new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                : new KeyUsage(KeyUsage.digitalSignature);
    }

    /** 128 random bits, positive (RFC 5280 section 4.1.2.2). */
    private static BigInteger serialNumber() {
        byte[] bytes = new byte[SERIAL_BYTES];
        BigInteger serial;
        do {
            RANDOM.nextBytes(bytes);
            serial = new BigInteger(1, bytes);
        } while (serial.signum() == 0);
        return serial;
    }
}
