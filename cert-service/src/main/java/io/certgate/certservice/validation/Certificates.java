package io.certgate.certservice.validation;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/** Small facts about certificates that several rules need, phrased for messages. */
final class Certificates {

    private Certificates() {
    }

    /** SHA-256 of the DER encoding, lower-case hex: the identity findings refer to. */
    static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            // Every JDK has SHA-256, and a parsed certificate always has its encoding.
            throw new IllegalStateException(e);
        }
    }

    /** The subject as people read it, quoted, e.g. "CN=www.example.com,O=Example". */
    static String subject(X509Certificate certificate) {
        return quoted(certificate.getSubjectX500Principal());
    }

    /** The issuer name as people read it, quoted. */
    static String issuer(X509Certificate certificate) {
        return quoted(certificate.getIssuerX500Principal());
    }

    private static String quoted(X500Principal name) {
        String text = name.getName(X500Principal.RFC2253);
        return text.isEmpty() ? "(empty name)" : "\"" + text + "\"";
    }

    /** Whether the certificate names itself as issuer and its own key verifies its signature. */
    static boolean isSelfSigned(X509Certificate certificate) {
        return isSelfIssued(certificate) && verifies(certificate, certificate.getPublicKey());
    }

    /** Whether subject and issuer are the same name; such certificates do not count against pathLen. */
    static boolean isSelfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    /** Whether the key verifies the certificate's signature. */
    static boolean verifies(X509Certificate certificate, PublicKey issuerKey) {
        try {
            certificate.verify(issuerKey);
            return true;
        } catch (GeneralSecurityException | ProviderException e) {
            return false;
        }
    }

    /** The size that decides a key's strength: RSA modulus bits or the EC curve's field size; empty for others. */
    static OptionalInt keyBits(PublicKey key) {
        if (key instanceof RSAKey rsa) {
            return OptionalInt.of(rsa.getModulus().bitLength());
        }
        if (key instanceof ECKey ec) {
            return OptionalInt.of(ec.getParams().getCurve().getField().getFieldSize());
        }
        return OptionalInt.empty();
    }

    /** The subjectKeyIdentifier, when present and readable; key identifiers only order issuer candidates. */
    static Optional<byte[]> subjectKeyIdentifier(X509Certificate certificate) {
        try {
            return extensionOctets(certificate, Extension.subjectKeyIdentifier)
                    .map(octets -> SubjectKeyIdentifier.getInstance(octets).getKeyIdentifier());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The keyIdentifier of the authorityKeyIdentifier, when present and readable. */
    static Optional<byte[]> authorityKeyIdentifier(X509Certificate certificate) {
        try {
            // Empty when the extension names the issuer by name and serial only.
            return extensionOctets(certificate, Extension.authorityKeyIdentifier)
                    .map(octets -> AuthorityKeyIdentifier.getInstance(octets).getKeyIdentifierOctets());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The DER value inside an extension's OCTET STRING wrapper; empty when absent or malformed. */
    static Optional<byte[]> extensionOctets(X509Certificate certificate, ASN1ObjectIdentifier oid) {
        byte[] wrapped = certificate.getExtensionValue(oid.getId());
        if (wrapped == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ASN1OctetString.getInstance(wrapped).getOctets());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A key algorithm with its article for messages, e.g. "an RSA key" or "a DSA key". */
    static String keyType(String algorithm) {
        return ("DSA".equals(algorithm) ? "a " : "an ") + algorithm + " key";
    }

    /** An instant for messages, in UTC to the second, e.g. 2026-03-01T12:00:00Z. */
    static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A whole number of days for messages: "1 day", "12 days", or "less than a day". */
    static String days(long days) {
        if (days < 1) {
            return "less than a day";
        }
        return days == 1 ? "1 day" : days + " days";
    }
}
