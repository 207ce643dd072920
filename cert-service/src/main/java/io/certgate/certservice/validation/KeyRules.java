package io.certgate.certservice.validation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static io.certgate.certservice.validation.Certificates.subject;
import static io.certgate.certservice.validation.ValidationContext.finding;

/** Rules about keys and signatures: the private key, key strength and signature algorithms. */
final class KeyRules {

    static final int MIN_RSA_BITS = 2048;
    static final int MIN_EC_BITS = 256;

    /** MD2, MD5 and SHA-1 signatures, by OID, with RSA, ECDSA and DSA. */
    private static final Set<String> BROKEN_HASH_SIGNATURES = Set.of(
            "1.2.840.113549.1.1.2", "1.2.840.113549.1.1.4", "1.2.840.113549.1.1.5",
            "1.2.840.10045.4.1", "1.2.840.10040.4.3");
    /** DSA with SHA-1, SHA-2 and SHA-3. */
    private static final Set<String> DSA_SIGNATURES = Set.of("1.2.840.10040.4.3",
            "2.16.840.1.101.3.4.3.1", "2.16.840.1.101.3.4.3.2", "2.16.840.1.101.3.4.3.3", "2.16.840.1.101.3.4.3.4",
            "2.16.840.1.101.3.4.3.5", "2.16.840.1.101.3.4.3.6", "2.16.840.1.101.3.4.3.7", "2.16.840.1.101.3.4.3.8");
    /** Signature algorithm used to prove a private key matches a public key, by key algorithm. */
    private static final Map<String, String> PROOF_SIGNATURES = Map.of(
            "EC", "SHA256withECDSA",
            "DSA", "SHA256withDSA",
            "Ed25519", "Ed25519",
            "Ed448", "Ed448",
            "EdDSA", "EdDSA");
    private static final byte[] PROOF_DATA = "certgate key pairing check".getBytes(StandardCharsets.US_ASCII);

    private KeyRules() {
    }

    /** KEY_MISSING when the caller needs the key and none came; KEY_MISMATCH when the given key is another's. */
    static List<Finding> privateKey(ValidationContext ctx) {
        X509Certificate leaf = ctx.leaf();
        Optional<PrivateKey> privateKey = ctx.input().privateKey();
        if (privateKey.isEmpty()) {
            return ctx.input().keyRequired()
                    ? List.of(finding(FindingCode.KEY_MISSING, leaf, "no private key was given for " + subject(leaf)
                            + "; it cannot be used for " + ctx.input().purpose().description() + " without it"))
                    : List.of();
        }
        PublicKey publicKey = leaf.getPublicKey();
        String keyAlgorithm = algorithm(privateKey.get());
        String certificateAlgorithm = algorithm(publicKey);
        if (!keyAlgorithm.equals(certificateAlgorithm)) {
            return List.of(finding(FindingCode.KEY_MISMATCH, leaf, "the private key does not belong to "
                    + subject(leaf) + ": it is " + Certificates.keyType(keyAlgorithm) + ", the certificate has "
                    + Certificates.keyType(certificateAlgorithm)));
        }
        if (belongsTogether(privateKey.get(), publicKey)) {
            return List.of();
        }
        return List.of(finding(FindingCode.KEY_MISMATCH, leaf, "the private key does not belong to " + subject(leaf)
                + "; it is the private key of another certificate or request"));
    }

    /** Providers disagree on naming EC keys; compare by the JDK's names. */
    static String algorithm(Key key) {
        String algorithm = key.getAlgorithm();
        return "ECDSA".equalsIgnoreCase(algorithm) ? "EC" : algorithm;
    }

    private static boolean belongsTogether(PrivateKey privateKey, PublicKey publicKey) {
        if (privateKey instanceof RSAKey rsaPrivate && publicKey instanceof RSAKey rsaPublic) {
            return rsaPrivate.getModulus().equals(rsaPublic.getModulus());
        }
        // Other key types have no cheap public part in the private key: prove the pairing by signing.
        String algorithm = PROOF_SIGNATURES.get(algorithm(publicKey));
        if (algorithm == null) {
            return false;
        }
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(PROOF_DATA);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(PROOF_DATA);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | ProviderException e) {
            return false;
        }
    }

    /** WEAK_KEY for every key in the path below today's minimums: RSA 2048 bits, EC P-256; DSA keys always. */
    static List<Finding> weakKeys(ValidationContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (X509Certificate certificate : ctx.certificates()) {
            PublicKey key = certificate.getPublicKey();
            String algorithm = algorithm(key);
            OptionalInt bits = Certificates.keyBits(key);
            String problem = switch (algorithm) {
                case "RSA" -> bits.isPresent() && bits.getAsInt() < MIN_RSA_BITS
                        ? "a " + bits.getAsInt() + "-bit RSA key; at least " + MIN_RSA_BITS + " bits are needed"
                        : null;
                case "EC" -> bits.isPresent() && bits.getAsInt() < MIN_EC_BITS
                        ? "a " + bits.getAsInt() + "-bit EC key; at least P-256 is needed"
                        : null;
                case "DSA" -> "a DSA key, which TLS 1.3 does not support and clients are dropping";
                default -> null;
            };
            if (problem != null) {
                findings.add(finding(FindingCode.WEAK_KEY, certificate, subject(certificate) + " has " + problem));
            }
        }
        return findings;
    }

    /**
     * WEAK_SIGNATURE for every certificate signed with a broken hash or with DSA. The last certificate is skipped when
     * it is a root or a trust anchor: clients trust it as it is and never check its own signature.
     */
    static List<Finding> weakSignatures(ValidationContext ctx) {
        List<X509Certificate> certificates = ctx.certificates();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < certificates.size(); i++) {
            X509Certificate certificate = certificates.get(i);
            if (ctx.path().isLast(i) && (ctx.path().ending() == CertificationPath.Ending.TRUST_ANCHOR
                    || Certificates.isSelfSigned(certificate))) {
                continue;
            }
            String oid = certificate.getSigAlgOID();
            String algorithm = certificate.getSigAlgName();
            if (BROKEN_HASH_SIGNATURES.contains(oid)) {
                findings.add(finding(FindingCode.WEAK_SIGNATURE, certificate, subject(certificate) + " is signed with "
                        + algorithm + "; signatures with this hash can be forged and clients reject them"));
            } else if (DSA_SIGNATURES.contains(oid)) {
                findings.add(finding(FindingCode.WEAK_SIGNATURE, certificate, subject(certificate) + " is signed with "
                        + algorithm + "; clients no longer accept DSA signatures"));
            }
        }
        return findings;
    }
}
