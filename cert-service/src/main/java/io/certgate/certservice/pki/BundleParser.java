package io.certgate.certservice.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.X509TrustedCertificateBlock;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.jboss.logging.Logger;

/**
 * Reads what users upload as "a certificate": PEM (certificates, one private key in any of OpenSSL's key
 * formats, PKCS#7 blocks), a DER certificate, a DER PKCS#7 bundle, or a PKCS#12 / PFX file. The format is
 * detected from the content, never from a file name.
 */
public final class BundleParser {

    /** Uploads beyond this many bytes are refused before any parsing. */
    public static final int MAX_INPUT_BYTES = 1024 * 1024;

    /** A chain is a handful of certificates; this bounds the work a single upload can cause. */
    public static final int MAX_CERTIFICATES = 100;

    private static final Logger LOG = Logger.getLogger(BundleParser.class);

    private static final Set<String> CERTIFICATE_BLOCKS = Set.of("CERTIFICATE", "X509 CERTIFICATE",
            "TRUSTED CERTIFICATE");
    private static final Set<String> KEY_BLOCKS = Set.of("PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY",
            "EC PRIVATE KEY");
    private static final Set<String> PKCS7_BLOCKS = Set.of("PKCS7", "CMS");
    private static final Set<ASN1ObjectIdentifier> SUPPORTED_CURVES = Set.of(SECObjectIdentifiers.secp256r1,
            SECObjectIdentifiers.secp384r1, SECObjectIdentifiers.secp521r1);
    private static final int PKCS12_VERSION = 3;
    private static final byte DER_SEQUENCE = 0x30;

    private BundleParser() {
    }

    /**
     * Parses an upload.
     *
     * @param content
     *            the file as uploaded
     * @param password
     *            for an encrypted key or a PKCS#12 file; null when none was given
     * @return the certificates in input order without duplicates, and the private key if there is one
     * @throws PkiException
     *             when the content cannot be used; {@link PkiException#code()} says why
     */
    public static ParsedBundle parse(byte[] content, char[] password) {
        Objects.requireNonNull(content, "content");
        if (content.length > MAX_INPUT_BYTES) {
            throw new PkiException(PkiError.TOO_LARGE,
                    "The file is " + content.length + " bytes; at most " + MAX_INPUT_BYTES + " are accepted.");
        }
        // ISO-8859-1 maps every byte to one char, so binary input cannot fail decoding and PEM stays intact.
        String text = new String(content, StandardCharsets.ISO_8859_1);
        if (text.isBlank()) {
            throw new PkiException(PkiError.EMPTY_INPUT, "The file is empty.");
        }
        Contents contents = new Contents();
        SourceFormat format;
        if (PemBlocks.looksLikePem(text)) {
            format = SourceFormat.PEM;
            readPem(text, password, contents);
        } else if (content[0] == DER_SEQUENCE) {
            format = readDer(content, password, contents);
        } else if (looksLikeText(text)) {
            throw new PkiException(PkiError.UNSUPPORTED_FORMAT,
                    "The file is text but not PEM: no '-----BEGIN ...-----' line was found.");
        } else {
            throw new PkiException(PkiError.UNSUPPORTED_FORMAT,
                    "The file is not PEM, a DER certificate, PKCS#7 or PKCS#12.");
        }
        if (contents.certificates.isEmpty()) {
            throw new PkiException(PkiError.NO_CERTIFICATE, contents.privateKey == null
                    ? "The file holds no certificate."
                    : "The file holds a private key but no certificate.");
        }
        LOG.debugf("Parsed %s bundle: %d certificate(s), private key: %s", format, contents.certificates.size(),
                contents.privateKey != null);
        return new ParsedBundle(contents.certificates, Optional.ofNullable(contents.privateKey), format);
    }

    private static void readPem(String text, char[] password, Contents contents) {
        List<PemBlocks.Block> blocks = PemBlocks.split(text);
        for (PemBlocks.Block block : blocks) {
            if ("EC PARAMETERS".equals(block.type())) {
                continue; // OpenSSL writes the curve separately before an EC key; the key carries it too
            }
            if (!CERTIFICATE_BLOCKS.contains(block.type()) && !KEY_BLOCKS.contains(block.type())
                    && !PKCS7_BLOCKS.contains(block.type())) {
                throw new PkiException(PkiError.UNSUPPORTED_FORMAT, block.describe()
                        + " is not read here; upload certificates, one private key and PKCS#7 bundles only.");
            }
            if (KEY_BLOCKS.contains(block.type())) {
                contents.requireNoKeyYet();
            }
            Object object = decode(block);
            if (object instanceof X509CertificateHolder holder) {
                contents.addCertificate(holder, PkiError.MALFORMED_PEM);
            } else if (object instanceof X509TrustedCertificateBlock trusted) {
                contents.addCertificate(trusted.getCertificateHolder(), PkiError.MALFORMED_PEM);
            } else if (object instanceof ContentInfo pkcs7) {
                readPkcs7(pkcs7, contents, PkiError.MALFORMED_PEM);
            } else if (object instanceof PrivateKeyInfo key) {
                contents.addKey(key, PkiError.MALFORMED_PEM);
            } else if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                contents.addKey(decryptPkcs8(encrypted, password, block.describe(), contents.budget,
                        new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Pbe.PROVIDER)::build),
                        PkiError.MALFORMED_PEM);
            } else if (object instanceof PEMKeyPair pair) {
                contents.addKey(pair.getPrivateKeyInfo(), PkiError.MALFORMED_PEM);
            } else if (object instanceof PEMEncryptedKeyPair encrypted) {
                contents.addKey(decryptLegacy(encrypted, password, block), PkiError.MALFORMED_PEM);
            } else {
                throw new PkiException(PkiError.MALFORMED_PEM,
                        block.describe() + " does not hold what its label says.");
            }
        }
    }

    private static Object decode(PemBlocks.Block block) {
        try (PEMParser parser = new PEMParser(new StringReader(block.text()))) {
            Object object = parser.readObject();
            if (object == null) {
                throw new PkiException(PkiError.MALFORMED_PEM, block.describe() + " could not be read.");
            }
            return object;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PkiException pki) {
                throw pki;
            }
            throw new PkiException(PkiError.MALFORMED_PEM,
                    block.describe() + " is not valid: its content does not match its label.", e);
        }
    }

    private static PrivateKeyInfo decryptLegacy(PEMEncryptedKeyPair encrypted, char[] password, PemBlocks.Block block) {
        if (password == null) {
            throw passwordRequired(block.describe());
        }
        try {
            return encrypted
                    .decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(Pbe.PROVIDER).build(password))
                    .getPrivateKeyInfo();
        } catch (IOException | RuntimeException e) {
            throw wrongPassword(password, block.describe(), e);
        }
    }

    private static PrivateKeyInfo decryptPkcs8(PKCS8EncryptedPrivateKeyInfo encrypted, char[] password, String what,
            Pbe.Budget budget, Decryptors decryptors) {
        budget.spend(encrypted.getEncryptionAlgorithm(), "encrypted private key");
        if (password == null) {
            throw passwordRequired(what);
        }
        try {
            return encrypted.decryptPrivateKeyInfo(decryptors.build(password));
        } catch (OperatorCreationException e) {
            throw unsupportedEncryption(what, e);
        } catch (PKCSException | RuntimeException e) {
            if (e.getCause() instanceof OperatorCreationException) {
                throw unsupportedEncryption(what, e);
            }
            throw wrongPassword(password, what, e);
        }
    }

    private static SourceFormat readDer(byte[] content, char[] password, Contents contents) {
        ASN1Primitive der;
        try {
            der = ASN1Primitive.fromByteArray(content);
        } catch (IOException | RuntimeException e) {
            throw new PkiException(PkiError.MALFORMED_DER, "The file is binary but not valid DER; it looks damaged.",
                    e);
        }
        if (!(der instanceof ASN1Sequence sequence) || sequence.size() < 2) {
            throw new PkiException(PkiError.UNSUPPORTED_FORMAT,
                    "The file is DER but not a certificate, PKCS#7 or PKCS#12 structure.");
        }
        ASN1Encodable first = sequence.getObjectAt(0);
        if (first instanceof ASN1Integer version && version.hasValue(PKCS12_VERSION)) {
            readPkcs12(content, password, contents);
            return SourceFormat.PKCS12;
        }
        if (first instanceof ASN1ObjectIdentifier) {
            ContentInfo pkcs7;
            try {
                pkcs7 = ContentInfo.getInstance(sequence);
            } catch (IllegalArgumentException e) {
                throw new PkiException(PkiError.MALFORMED_DER, "The PKCS#7 structure is malformed.", e);
            }
            readPkcs7(pkcs7, contents, PkiError.MALFORMED_DER);
            return SourceFormat.PKCS7;
        }
        if (first instanceof ASN1Sequence && sequence.size() == 3) {
            X509CertificateHolder holder;
            try {
                holder = new X509CertificateHolder(content);
            } catch (IOException | RuntimeException e) {
                throw new PkiException(PkiError.MALFORMED_DER, "The DER certificate is malformed.", e);
            }
            contents.addCertificate(holder, PkiError.MALFORMED_DER);
            return SourceFormat.DER;
        }
        throw new PkiException(PkiError.UNSUPPORTED_FORMAT,
                "The file is DER but not a certificate, PKCS#7 or PKCS#12 structure.");
    }

    private static void readPkcs7(ContentInfo pkcs7, Contents contents, PkiError malformed) {
        if (!PKCSObjectIdentifiers.signedData.equals(pkcs7.getContentType())) {
            throw new PkiException(PkiError.UNSUPPORTED_FORMAT,
                    "The PKCS#7 content is not a certificate bundle (SignedData).");
        }
        try {
            for (X509CertificateHolder holder : new CMSSignedData(pkcs7).getCertificates().getMatches(null)) {
                contents.addCertificate(holder, malformed);
            }
        } catch (CMSException | RuntimeException e) {
            if (e instanceof PkiException pki) {
                throw pki;
            }
            throw new PkiException(malformed, "The PKCS#7 bundle is malformed.", e);
        }
    }

    private static void readPkcs12(byte[] content, char[] password, Contents contents) {
        PKCS12PfxPdu pfx;
        try {
            pfx = new PKCS12PfxPdu(content);
        } catch (IOException | RuntimeException e) {
            throw new PkiException(PkiError.MALFORMED_DER, "The PKCS#12 file is malformed.", e);
        }
        // Files exported "without a password" are protected with the empty one.
        char[] effective = password == null ? new char[0] : password;
        if (pfx.hasMac()) {
            verifyMac(pfx, effective, contents.budget);
        }
        InputDecryptorProvider decryptors = new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(Pbe.PROVIDER)
                .build(effective);
        for (org.bouncycastle.asn1.pkcs.ContentInfo info : pfx.getContentInfos()) {
            for (PKCS12SafeBag bag : safeBags(info, decryptors, effective, contents.budget)) {
                readBag(bag, effective, decryptors, contents);
            }
        }
    }

    private static void verifyMac(PKCS12PfxPdu pfx, char[] password, Pbe.Budget budget) {
        budget.spend(pfx.toASN1Structure().getMacData().getIterationCount(), "PKCS#12 integrity check");
        boolean valid;
        try {
            valid = pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE),
                    password);
        } catch (PKCSException | RuntimeException e) {
            throw new PkiException(PkiError.UNSUPPORTED_FORMAT,
                    "The PKCS#12 file uses an integrity check algorithm that is not supported.", e);
        }
        if (!valid) {
            throw password.length == 0
                    ? passwordRequired("The PKCS#12 file")
                    : new PkiException(PkiError.WRONG_PASSWORD, "The password does not open the PKCS#12 file.");
        }
    }

    private static PKCS12SafeBag[] safeBags(org.bouncycastle.asn1.pkcs.ContentInfo info,
            InputDecryptorProvider decryptors, char[] password, Pbe.Budget budget) {
        try {
            if (PKCSObjectIdentifiers.encryptedData.equals(info.getContentType())) {
                budget.spend(EncryptedData.getInstance(info.getContent()).getEncryptionAlgorithm(),
                        "PKCS#12 certificate bag");
                return new PKCS12SafeBagFactory(info, decryptors).getSafeBags();
            }
            if (PKCSObjectIdentifiers.data.equals(info.getContentType())) {
                return new PKCS12SafeBagFactory(info).getSafeBags();
            }
        } catch (PKCSException e) {
            throw wrongPassword(password, "The PKCS#12 file", e);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new PkiException(PkiError.MALFORMED_DER, "The PKCS#12 file is malformed.", e);
        }
        LOG.debugf("Skipping PKCS#12 content of type %s", info.getContentType());
        return new PKCS12SafeBag[0];
    }

    private static void readBag(PKCS12SafeBag bag, char[] password, InputDecryptorProvider decryptors,
            Contents contents) {
        ASN1ObjectIdentifier type = bag.getType();
        if (PKCSObjectIdentifiers.certBag.equals(type) && bag.getBagValue() instanceof X509CertificateHolder holder) {
            contents.addCertificate(holder, PkiError.MALFORMED_DER);
        } else if (PKCSObjectIdentifiers.keyBag.equals(type)) {
            contents.addKey((PrivateKeyInfo) bag.getBagValue(), PkiError.MALFORMED_DER);
        } else if (PKCSObjectIdentifiers.pkcs8ShroudedKeyBag.equals(type)) {
            contents.requireNoKeyYet();
            contents.addKey(decryptPkcs8((PKCS8EncryptedPrivateKeyInfo) bag.getBagValue(), password,
                    "The private key in the PKCS#12 file", contents.budget, ignored -> decryptors),
                    PkiError.MALFORMED_DER);
        } else {
            LOG.debugf("Skipping PKCS#12 bag of type %s", type);
        }
    }

    private static PkiException passwordRequired(String what) {
        return new PkiException(PkiError.PASSWORD_REQUIRED, what + " is encrypted; enter its password.");
    }

    private static PkiException wrongPassword(char[] password, String what, Exception cause) {
        return password.length == 0
                ? new PkiException(PkiError.PASSWORD_REQUIRED, what + " is encrypted; enter its password.", cause)
                : new PkiException(PkiError.WRONG_PASSWORD, "The password does not open " + lowerFirst(what) + ".",
                        cause);
    }

    private static PkiException unsupportedEncryption(String what, Exception cause) {
        return new PkiException(PkiError.UNSUPPORTED_FORMAT,
                what + " is encrypted with an algorithm that is not supported.", cause);
    }

    private static String lowerFirst(String text) {
        return text.startsWith("The ") ? "the " + text.substring(4) : text;
    }

    private static boolean looksLikeText(String text) {
        return text.chars().limit(4096).allMatch(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0x7f));
    }

    /** Builds the decryptor for a password; the OpenSSL and PKCS#12 flavours differ in the algorithms they know. */
    @FunctionalInterface
    private interface Decryptors {
        InputDecryptorProvider build(char[] password) throws OperatorCreationException;
    }

    /** What has been read so far: certificates deduplicated by fingerprint, at most one key. */
    private static final class Contents {

        private final List<X509Certificate> certificates = new ArrayList<>();
        private final Set<String> fingerprints = new HashSet<>();
        private final CertificateFactory factory;
        private final Pbe.Budget budget = new Pbe.Budget();
        private int seen;
        private PrivateKey privateKey;

        Contents() {
            try {
                factory = CertificateFactory.getInstance("X.509");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The JDK has no X.509 certificate factory", e);
            }
        }

        void addCertificate(X509CertificateHolder holder, PkiError malformed) {
            if (++seen > MAX_CERTIFICATES) {
                throw new PkiException(PkiError.TOO_LARGE,
                        "The file holds more than " + MAX_CERTIFICATES + " certificates.");
            }
            X509Certificate certificate;
            try {
                certificate = (X509Certificate) factory
                        .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
            } catch (GeneralSecurityException | IOException e) {
                throw new PkiException(malformed, "A certificate in the file is malformed.", e);
            }
            if (fingerprints.add(Fingerprints.sha256(certificate))) {
                certificates.add(certificate);
            }
        }

        /** Checked before decrypting a second key, so a file of many keys costs one decryption, not many. */
        void requireNoKeyYet() {
            if (privateKey != null) {
                throw new PkiException(PkiError.MULTIPLE_KEYS,
                        "The file holds more than one private key; upload one key with its certificates.");
            }
        }

        void addKey(PrivateKeyInfo info, PkiError malformed) {
            requireNoKeyYet();
            privateKey = toPrivateKey(info, malformed);
        }

        private static PrivateKey toPrivateKey(PrivateKeyInfo info, PkiError malformed) {
            ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
            String jcaName;
            if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
                jcaName = "RSA";
            } else if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)
                    && info.getPrivateKeyAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve
                    && SUPPORTED_CURVES.contains(curve)) {
                jcaName = "EC";
            } else {
                throw new PkiException(PkiError.UNSUPPORTED_KEY,
                        "The private key is of a type that is not supported; use RSA or EC (P-256, P-384, P-521).");
            }
            try {
                return KeyFactory.getInstance(jcaName).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
            } catch (GeneralSecurityException | IOException e) {
                throw new PkiException(malformed, "The private key is malformed.", e);
            }
        }
    }
}
