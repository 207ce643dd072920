package io.certgate.certservice.pki;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/** What the console and the API show about a certificate, read from the certificate itself. */
public record CertificateInfo(
        String subject,
        String issuer,
        String serial,
        List<String> dnsNames,
        List<String> ipAddresses,
        List<String> emails,
        List<String> uris,
        Instant notBefore,
        Instant notAfter,
        KeyInfo publicKey,
        String signatureAlgorithm,
        String sha256,
        String sha1,
        boolean isCa,
        Optional<Integer> pathLen,
        boolean selfSigned,
        List<String> keyUsage,
        List<String> extendedKeyUsage,
        Optional<String> subjectKeyId,
        Optional<String> authorityKeyId) {

    /** RFC 5280 section 4.2.1.3 bit order. */
    private static final String[] KEY_USAGE_NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment",
            "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};

    private static final Map<String, String> EXTENDED_KEY_USAGE_NAMES = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth",
            "1.3.6.1.5.5.7.3.2", "clientAuth",
            "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.4", "emailProtection",
            "1.3.6.1.5.5.7.3.8", "timeStamping",
            "1.3.6.1.5.5.7.3.9", "OCSPSigning",
            "2.5.29.37.0", "anyExtendedKeyUsage");

    private static final int SAN_EMAIL = 1;
    private static final int SAN_DNS = 2;
    private static final int SAN_URI = 6;
    private static final int SAN_IP = 7;

    public CertificateInfo {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serial, "serial");
        dnsNames = List.copyOf(dnsNames);
        ipAddresses = List.copyOf(ipAddresses);
        emails = List.copyOf(emails);
        uris = List.copyOf(uris);
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sha1, "sha1");
        Objects.requireNonNull(pathLen, "pathLen");
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
        Objects.requireNonNull(subjectKeyId, "subjectKeyId");
        Objects.requireNonNull(authorityKeyId, "authorityKeyId");
    }

    /**
     * Reads everything from the certificate. Throws {@link PkiError#MALFORMED_DER} if an extension is damaged and
     * {@link PkiError#UNSUPPORTED_KEY} for keys other than RSA and EC.
     */
    public static CertificateInfo of(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        List<String> dnsNames = new ArrayList<>();
        List<String> ipAddresses = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        List<String> extendedKeyUsage = new ArrayList<>();
        Extensions extensions;
        try {
            Collection<List<?>> sans = certificate.getSubjectAlternativeNames();
            for (List<?> san : sans == null ? List.<List<?>>of() : sans) {
                int type = (Integer) san.get(0);
                Object value = san.get(1);
                switch (type) {
                    case SAN_DNS -> dnsNames.add((String) value);
                    case SAN_IP -> ipAddresses.add(IpAddresses.parse((String) value)
                            .map(IpAddresses::format)
                            .orElse((String) value));
                    case SAN_EMAIL -> emails.add((String) value);
                    case SAN_URI -> uris.add((String) value);
                    default -> {
                        // other name forms (directoryName, otherName, ...) are not shown
                    }
                }
            }
            List<String> ekus = certificate.getExtendedKeyUsage();
            for (String oid : ekus == null ? List.<String>of() : ekus) {
                extendedKeyUsage.add(EXTENDED_KEY_USAGE_NAMES.getOrDefault(oid, oid));
            }
            extensions = new X509CertificateHolder(certificate.getEncoded()).getExtensions();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new PkiException(PkiError.MALFORMED_DER, "The certificate has a damaged extension.", e);
        }
        int basicConstraints = certificate.getBasicConstraints();
        X500Principal subject = certificate.getSubjectX500Principal();
        X500Principal issuer = certificate.getIssuerX500Principal();
        return new CertificateInfo(
                subject.getName(X500Principal.RFC2253),
                issuer.getName(X500Principal.RFC2253),
                certificate.getSerialNumber().toString(16),
                dnsNames,
                ipAddresses,
                emails,
                uris,
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                Keys.describe(certificate.getPublicKey()),
                certificate.getSigAlgName(),
                Fingerprints.sha256(certificate),
                Fingerprints.sha1(certificate),
                basicConstraints >= 0,
                basicConstraints >= 0 && basicConstraints != Integer.MAX_VALUE
                        ? Optional.of(basicConstraints)
                        : Optional.empty(),
                subject.equals(issuer) && verifiesWithOwnKey(certificate),
                keyUsage(certificate.getKeyUsage()),
                extendedKeyUsage,
                Optional.ofNullable(SubjectKeyIdentifier.fromExtensions(extensions))
                        .map(ski -> HexFormat.of().formatHex(ski.getKeyIdentifier())),
                Optional.ofNullable(AuthorityKeyIdentifier.fromExtensions(extensions))
                        .map(AuthorityKeyIdentifier::getKeyIdentifierOctets)
                        .map(HexFormat.of()::formatHex));
    }

    private static boolean verifiesWithOwnKey(X509Certificate certificate) {
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static List<String> keyUsage(boolean[] bits) {
        List<String> names = new ArrayList<>();
        if (bits != null) {
            for (int i = 0; i < bits.length && i < KEY_USAGE_NAMES.length; i++) {
                if (bits[i]) {
                    names.add(KEY_USAGE_NAMES[i]);
                }
            }
        }
        return names;
    }
}
