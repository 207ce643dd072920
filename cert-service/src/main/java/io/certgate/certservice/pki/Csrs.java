package io.certgate.certservice.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** PKCS#10 certificate signing requests made on the server, so the private key never leaves it. */
public final class Csrs {

    private Csrs() {
    }

    /** A CSR for a fresh key of {@code keyType}; the SANs travel in the PKCS#9 extensionRequest attribute. */
    public static GeneratedCsr create(String subjectDn, SubjectAltNames sans, KeyType keyType) {
        Objects.requireNonNull(sans, "sans");
        Objects.requireNonNull(keyType, "keyType");
        X500Name subject = Names.parse(subjectDn);
        KeyPair keyPair = keyType.generate();
        try {
            PKCS10CertificationRequestBuilder builder = new JcaPKCS10CertificationRequestBuilder(subject,
                    keyPair.getPublic());
            if (!sans.isEmpty()) {
                Extensions extensions = new Extensions(
                        new Extension(Extension.subjectAlternativeName, false, sans.toGeneralNames().getEncoded()));
                builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions);
            }
            PKCS10CertificationRequest request = builder
                    .build(new JcaContentSignerBuilder(keyType.signatureAlgorithm()).build(keyPair.getPrivate()));
            return new GeneratedCsr(request, keyPair);
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create a certificate signing request", e);
        }
    }

    /** The CSR as a {@code CERTIFICATE REQUEST} PEM block, as CAs expect it pasted. */
    public static String toPem(PKCS10CertificationRequest request) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The public key in the CSR, as a JDK key (to match the signed certificate against later). */
    public static PublicKey publicKey(PKCS10CertificationRequest request) {
        SubjectPublicKeyInfo info = request.getSubjectPublicKeyInfo();
        ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
        String jcaName;
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            jcaName = "RSA";
        } else if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            jcaName = "EC";
        } else {
            throw new PkiException(PkiError.UNSUPPORTED_KEY,
                    "The CSR's key is of a type that is not supported; use RSA or EC.");
        }
        try {
            return KeyFactory.getInstance(jcaName).generatePublic(new X509EncodedKeySpec(info.getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new PkiException(PkiError.UNSUPPORTED_KEY, "The CSR's public key cannot be read.", e);
        }
    }
}
