package io.certgate.certservice.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;

/** Writes certificates and keys as PEM text, the form OpenSSL, nginx and most tools read. */
public final class Pem {

    private Pem() {
    }

    /** The certificates as consecutive {@code CERTIFICATE} blocks, in the given order. */
    public static String certificates(List<X509Certificate> certificates) {
        return write(writer -> {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        });
    }

    /** One {@code CERTIFICATE} block. */
    public static String certificate(X509Certificate certificate) {
        return certificates(List.of(certificate));
    }

    /**
     * An unencrypted PKCS#8 {@code PRIVATE KEY} block. Only for handing a key to the TLS stack or another part of
     * Certgate; anything that leaves the system uses {@link #encryptedPrivateKey}.
     */
    public static String privateKey(PrivateKey key) {
        Objects.requireNonNull(key, "key");
        return write(writer -> writer.writeObject(new JcaPKCS8Generator(key, null)));
    }

    /**
     * An {@code ENCRYPTED PRIVATE KEY} block: PKCS#8 with PBES2, AES-256-CBC and PBKDF2-HMAC-SHA256, which
     * {@code openssl pkey -passin} and every current TLS stack read.
     */
    public static String encryptedPrivateKey(PrivateKey key, char[] password) {
        Objects.requireNonNull(key, "key");
        requirePassword(password);
        OutputEncryptor encryptor;
        try {
            encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setProvider(Pbe.PROVIDER)
                    .setPRF(PKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(Pbe.EXPORT_ITERATIONS)
                    .setRandom(new SecureRandom())
                    .setPassword(password)
                    .build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot set up private key encryption", e);
        }
        return write(writer -> writer.writeObject(new JcaPKCS8Generator(key, encryptor)));
    }

    static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new PkiException(PkiError.PASSWORD_REQUIRED, "A password is required to protect the private key.");
        }
    }

    private static String write(PemWriting writing) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writing.writeTo(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write PEM", e);
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface PemWriting {
        void writeTo(JcaPEMWriter writer) throws IOException;
    }
}
