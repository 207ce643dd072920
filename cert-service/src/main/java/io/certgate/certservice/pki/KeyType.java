package io.certgate.certservice.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/** The key types Certgate generates for new certificates and CSRs, with the signature algorithm each uses. */
public enum KeyType {
    RSA_2048("RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), "SHA256withRSA"), RSA_3072("RSA",
            new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4), "SHA256withRSA"), RSA_4096("RSA",
                    new RSAKeyGenParameterSpec(4096, RSAKeyGenParameterSpec.F4),
                    "SHA256withRSA"), EC_P256("EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA"),
    // The hash matches the curve strength, as RFC 5480 recommends.
    EC_P384("EC", new ECGenParameterSpec("secp384r1"), "SHA384withECDSA");

    private final String algorithm;
    private final AlgorithmParameterSpec parameters;
    private final String signatureAlgorithm;

    KeyType(String algorithm, AlgorithmParameterSpec parameters, String signatureAlgorithm) {
        this.algorithm = algorithm;
        this.parameters = parameters;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** A new key pair of this type from a fresh {@link SecureRandom}. */
    public KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(parameters, new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            // Every JDK ships RSA and the NIST curves; getting here means a broken runtime.
            throw new IllegalStateException("Cannot generate a " + this + " key pair", e);
        }
    }

    /** The JCA name of the signature algorithm certificates and CSRs with this key are signed with. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** JCA key algorithm name: RSA or EC. */
    public String algorithm() {
        return algorithm;
    }
}
