package io.certgate.certservice.validation;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v1CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Throw-away keys and certificates made at test time; nothing is written to disk or committed. */
final class TestPki {

    /** The fixed time every test validates at. */
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static final AtomicLong SERIALS = new AtomicLong(1000);

    private TestPki() {
    }

    /** A certificate and the key pair it was made for. */
    record Issued(X509Certificate certificate, KeyPair keyPair) {

        PrivateKey privateKey() {
            return keyPair.getPrivate();
        }
    }

    static KeyPair ecKey() {
        return ecKey("secp256r1");
    }

    /** Curves the JDK no longer implements, such as secp224r1, come from Bouncy Castle. */
    static KeyPair ecKey(String curve) {
        try {
            KeyPairGenerator generator = "secp256r1".equals(curve) || "secp384r1".equals(curve)
                    ? KeyPairGenerator.getInstance("EC")
                    : KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsaKey(int bits) {
        return keyPair("RSA", bits);
    }

    static KeyPair dsaKey() {
        return keyPair("DSA", 2048);
    }

    private static KeyPair keyPair(String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CA certificate specification: CA:true, keyCertSign and cRLSign. */
    static Spec ca(String commonName) {
        return new Spec(commonName).ca().keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
    }

    /** A self-signed root CA with an EC P-256 key. */
    static Issued root(String commonName) {
        return ca(commonName).selfSigned();
    }

    /** A TLS server leaf specification: the name as CN and dNSName, digitalSignature, serverAuth. */
    static Spec leaf(String dnsName) {
        return new Spec(dnsName).dnsNames(dnsName)
                .keyUsage(KeyUsage.digitalSignature)
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth);
    }

    /** A bare certificate specification: only the CN, no extensions until asked for. */
    static Spec certificate(String commonName) {
        return new Spec(commonName);
    }

    /** A copy of the certificate with one bit of its signature flipped. */
    static X509Certificate withTamperedSignature(X509Certificate certificate) {
        try {
            byte[] der = certificate.getEncoded();
            // The signature BIT STRING is the last element of the DER encoding.
            der[der.length - 1] ^= 0x01;
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What to put into a certificate; defaults: EC P-256 key, valid from 30 days ago for a year, no extensions. */
    static final class Spec {

        private final String commonName;
        private KeyPair keyPair;
        private Instant notBefore = NOW.minus(Duration.ofDays(30));
        private Instant notAfter = NOW.plus(Duration.ofDays(365));
        private final List<GeneralName> subjectAltNames = new ArrayList<>();
        private Integer keyUsage;
        private KeyPurposeId[] extendedKeyUsage;
        private BasicConstraints basicConstraints;
        private String signatureAlgorithm;
        private boolean version1;

        private Spec(String commonName) {
            this.commonName = commonName;
        }

        Spec key(KeyPair keyPair) {
            this.keyPair = keyPair;
            return this;
        }

        Spec validity(Instant notBefore, Instant notAfter) {
            this.notBefore = notBefore;
            this.notAfter = notAfter;
            return this;
        }

        /** Valid since 30 days ago until this long after NOW. */
        Spec expiresIn(Duration remaining) {
            this.notAfter = NOW.plus(remaining);
            return this;
        }

        Spec dnsNames(String... names) {
            for (String name : names) {
                subjectAltNames.add(new GeneralName(GeneralName.dNSName, name));
            }
            return this;
        }

        Spec ipAddresses(String... addresses) {
            for (String address : addresses) {
                subjectAltNames.add(new GeneralName(GeneralName.iPAddress, address));
            }
            return this;
        }

        Spec noSubjectAltNames() {
            subjectAltNames.clear();
            return this;
        }

        /** keyUsage bits from {@link KeyUsage}, or null for no extension. */
        Spec keyUsage(Integer bits) {
            this.keyUsage = bits;
            return this;
        }

        /** extendedKeyUsage purposes; none for no extension. */
        Spec extendedKeyUsage(KeyPurposeId... purposes) {
            this.extendedKeyUsage = purposes.length == 0 ? null : purposes;
            return this;
        }

        Spec ca() {
            this.basicConstraints = new BasicConstraints(true);
            return this;
        }

        Spec ca(int pathLen) {
            this.basicConstraints = new BasicConstraints(pathLen);
            return this;
        }

        /** No basicConstraints extension at all. */
        Spec notCa() {
            this.basicConstraints = null;
            return this;
        }

        Spec signatureAlgorithm(String algorithm) {
            this.signatureAlgorithm = algorithm;
            return this;
        }

        /** An X.509 version 1 certificate, which has no extensions at all. */
        Spec version1() {
            this.version1 = true;
            return this;
        }

        Issued selfSigned() {
            KeyPair keys = keys();
            return new Issued(build(name(), keys, keys, false), keys);
        }

        Issued issuedBy(Issued issuer) {
            KeyPair keys = keys();
            X500Name issuerName = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
            return new Issued(build(issuerName, issuer.keyPair(), keys, true), keys);
        }

        /** Signed by a key that is not the issuer's, under the issuer's name: an impostor or a forged signature. */
        Issued issuedByNameButSignedWith(Issued issuer, KeyPair signer) {
            KeyPair keys = keys();
            X500Name issuerName = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
            return new Issued(build(issuerName, new KeyPair(issuer.keyPair().getPublic(), signer.getPrivate()), keys,
                    true), keys);
        }

        private KeyPair keys() {
            if (keyPair == null) {
                keyPair = ecKey();
            }
            return keyPair;
        }

        private X500Name name() {
            return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        }

        private X509Certificate build(X500Name issuerName, KeyPair issuerKeys, KeyPair subjectKeys,
                boolean withAuthorityKeyId) {
            try {
                BigInteger serial = BigInteger.valueOf(SERIALS.incrementAndGet());
                ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm(issuerKeys))
                        .build(issuerKeys.getPrivate());
                X509CertificateHolder holder;
                if (version1) {
                    holder = new JcaX509v1CertificateBuilder(issuerName, serial, Date.from(notBefore),
                            Date.from(notAfter), name(), subjectKeys.getPublic()).build(signer);
                } else {
                    var builder = new JcaX509v3CertificateBuilder(issuerName, serial, Date.from(notBefore),
                            Date.from(notAfter), name(), subjectKeys.getPublic());
                    var extensions = new JcaX509ExtensionUtils();
                    builder.addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()));
                    if (withAuthorityKeyId) {
                        builder.addExtension(Extension.authorityKeyIdentifier, false,
                                extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
                    }
                    if (basicConstraints != null) {
                        builder.addExtension(Extension.basicConstraints, true, basicConstraints);
                    }
                    if (keyUsage != null) {
                        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
                    }
                    if (extendedKeyUsage != null) {
                        builder.addExtension(Extension.extendedKeyUsage, false,
                                new ExtendedKeyUsage(extendedKeyUsage));
                    }
                    if (!subjectAltNames.isEmpty()) {
                        builder.addExtension(Extension.subjectAlternativeName, false,
                                new GeneralNames(subjectAltNames.toArray(GeneralName[]::new)));
                    }
                    holder = builder.build(signer);
                }
                return new JcaX509CertificateConverter().getCertificate(holder);
            } catch (Exception e) {
                throw new IllegalStateException("cannot make test certificate CN=" + commonName, e);
            }
        }

        private String signatureAlgorithm(KeyPair issuerKeys) {
            if (signatureAlgorithm != null) {
                return signatureAlgorithm;
            }
            return switch (issuerKeys.getPrivate().getAlgorithm()) {
                case "RSA" -> "SHA256withRSA";
                case "DSA" -> "SHA256withDSA";
                default -> "SHA256withECDSA";
            };
        }
    }
}
