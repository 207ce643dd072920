package io.certgate.certservice.pki;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.util.PBKDF2Config;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/** Writes PKCS#12 / PFX files for export and backup, in the modern form OpenSSL 3 and the JDK write by default. */
public final class Pkcs12 {

    private static final int SALT_BYTES = 16;

    private Pkcs12() {
    }

    /**
     * A PKCS#12 file with the key and its chain: key and certificates encrypted with AES-256-CBC under
     * PBKDF2-HMAC-SHA256, integrity by an HMAC-SHA256 MAC. Readable by {@code openssl pkcs12} and by
     * {@code KeyStore.getInstance("PKCS12")}.
     *
     * @param chain
     *            leaf first; the key must belong to the leaf
     * @param alias
     *            the friendly name tools show for the entry
     */
    public static byte[] write(List<X509Certificate> chain, PrivateKey key, char[] password, String alias) {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(key, "key");
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("alias must not be blank");
        }
        if (chain.isEmpty()) {
            throw new PkiException(PkiError.NO_CERTIFICATE, "A PKCS#12 export needs at least the key's certificate.");
        }
        Pem.requirePassword(password);
        X509Certificate leaf = chain.get(0);
        Keys.requireMatch(leaf.getPublicKey(), key);
        try {
            DEROctetString localKeyId = new DEROctetString(sha1(leaf));
            DERBMPString friendlyName = new DERBMPString(alias);

            List<PKCS12SafeBag> certificateBags = new ArrayList<>();
            for (X509Certificate certificate : chain) {
                PKCS12SafeBagBuilder bag = new JcaPKCS12SafeBagBuilder(certificate);
                if (certificate == leaf) {
                    // Both bags carry the same local key id: that is how readers pair the key with its certificate.
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, friendlyName);
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
                }
                certificateBags.add(bag.build());
            }
            PKCS12SafeBag keyBag = new JcaPKCS12SafeBagBuilder(key, encryptor(password))
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, friendlyName)
                    .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId)
                    .build();

            return new PKCS12PfxPduBuilder()
                    .addEncryptedData(encryptor(password), certificateBags.toArray(PKCS12SafeBag[]::new))
                    .addData(keyBag)
                    .build(new BcPKCS12MacCalculatorBuilder(new SHA256Digest(),
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE))
                            .setIterationCount(Pbe.EXPORT_ITERATIONS), password)
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException | PKCSException | OperatorCreationException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot write the PKCS#12 file", e);
        }
    }

    private static OutputEncryptor encryptor(char[] password) throws OperatorCreationException {
        PBKDF2Config pbkdf2 = new PBKDF2Config.Builder()
                .withPRF(PBKDF2Config.PRF_SHA256)
                .withIterationCount(Pbe.EXPORT_ITERATIONS)
                .withSaltLength(SALT_BYTES)
                .build();
        return new JcePKCSPBEOutputEncryptorBuilder(pbkdf2, NISTObjectIdentifiers.id_aes256_CBC)
                .setProvider(Pbe.PROVIDER)
                .build(password);
    }

    private static byte[] sha1(X509Certificate certificate) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-1").digest(Der.certificate(certificate));
    }
}
