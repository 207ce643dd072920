package io.certgate.certservice.pki;

import java.math.BigInteger;
import java.security.Provider;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Password-based encryption: the cost we write, the cost we accept, and the provider that does the work. */
final class Pbe {

    /**
     * PBKDF2-HMAC-SHA256 iterations for everything we encrypt with a password (OWASP 2023 guidance). The
     * PKCS#12 MAC and certificate bag use the same count: a cheaper one would let a guesser test passwords
     * against the MAC or the known certificate plaintext instead of the key.
     */
    static final int EXPORT_ITERATIONS = 600_000;

    /**
     * Upper bound on the key derivation work an uploaded file may ask for, so one request cannot hold a
     * core for minutes. Three times what we write ourselves; OpenSSL writes 2048 by default.
     */
    static final int MAX_IMPORT_ITERATIONS = 2_000_000;

    /** scrypt memory bound, the same as OpenSSL's default (128 * N * r bytes). */
    private static final long MAX_SCRYPT_MEMORY = 32L * 1024 * 1024;

    private static final int MAX_SCRYPT_PARALLELISM = 16;

    /**
     * PBES2 with PBKDF2 and AES, the PKCS#12 KDF, RC2 and OpenSSL's legacy PEM encryption are not all in
     * every JDK; Bouncy Castle's provider is used as an explicit instance so that nothing is registered
     * JVM-wide and the JDK stays the provider for everything else.
     */
    static final Provider PROVIDER = new BouncyCastleProvider();

    private Pbe() {
    }

    /**
     * The key derivation work one upload may cause in total: a file can hold several encrypted parts, and each
     * of them alone may stay under {@link #MAX_IMPORT_ITERATIONS}. Three parts at the maximum is what a PKCS#12
     * file needs (MAC, certificates, key).
     */
    static final class Budget {

        private long remaining = 3L * MAX_IMPORT_ITERATIONS;

        /** Refuses an encryption algorithm whose key derivation costs more than is left. */
        void spend(AlgorithmIdentifier algorithm, String what) {
            ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
            try {
                if (PKCSObjectIdentifiers.id_PBES2.equals(oid)) {
                    KeyDerivationFunc kdf = PBES2Parameters.getInstance(algorithm.getParameters())
                            .getKeyDerivationFunc();
                    if (PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
                        spend(PBKDF2Params.getInstance(kdf.getParameters()).getIterationCount(), what);
                    } else if (MiscObjectIdentifiers.id_scrypt.equals(kdf.getAlgorithm())) {
                        ScryptParams scrypt = ScryptParams.getInstance(kdf.getParameters());
                        requireScrypt(scrypt, what);
                        spend(scrypt.getCostParameter(), what);
                    }
                } else if (oid.on(PKCSObjectIdentifiers.pkcs_12PbeIds)) {
                    spend(PKCS12PBEParams.getInstance(algorithm.getParameters()).getIterations(), what);
                } else if (oid.on(PKCSObjectIdentifiers.pkcs_5)) {
                    spend(PBEParameter.getInstance(algorithm.getParameters()).getIterationCount(), what);
                }
            } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                throw new PkiException(PkiError.MALFORMED_DER,
                        "The encryption parameters of the " + what + " are malformed.", e);
            }
        }

        /** Refuses an iteration count above the per-part maximum or above what is left. */
        void spend(BigInteger iterations, String what) {
            if (iterations.signum() <= 0 || iterations.compareTo(BigInteger.valueOf(MAX_IMPORT_ITERATIONS)) > 0) {
                throw new PkiException(PkiError.TOO_LARGE, "The " + what + " asks for " + iterations
                        + " key derivation iterations; at most " + MAX_IMPORT_ITERATIONS + " are accepted.");
            }
            remaining -= iterations.longValue();
            if (remaining < 0) {
                throw new PkiException(PkiError.TOO_LARGE,
                        "The file asks for more password key derivation work in total than is accepted.");
            }
        }
    }

    private static void requireScrypt(ScryptParams params, String what) {
        BigInteger memory = params.getCostParameter().multiply(params.getBlockSize()).shiftLeft(7);
        if (memory.compareTo(BigInteger.valueOf(MAX_SCRYPT_MEMORY)) > 0
                || params.getParallelizationParameter().compareTo(BigInteger.valueOf(MAX_SCRYPT_PARALLELISM)) > 0) {
            throw new PkiException(PkiError.TOO_LARGE,
                    "The " + what + " uses scrypt parameters that need more memory or work than is accepted.");
        }
    }
}
