package io.certgate.certservice.pki;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECPoint;

/** Whether a private key belongs to a public key, and what a public key is. Only RSA and EC are supported. */
public final class Keys {

    private static final Map<ASN1ObjectIdentifier, String> NIST_CURVES = Map.of(
            SECObjectIdentifiers.secp256r1, "P-256",
            SECObjectIdentifiers.secp384r1, "P-384",
            SECObjectIdentifiers.secp521r1, "P-521");

    private Keys() {
    }

    /**
     * True if the private key is the one for the public key: the public key is derived from the private one
     * and compared, so a key that merely shares parameters does not pass. Keys of different algorithms never
     * match.
     */
    public static boolean matches(PublicKey publicKey, PrivateKey privateKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        if (publicKey instanceof RSAPublicKey rsaPublic) {
            return privateKey instanceof RSAPrivateKey rsaPrivate && rsaMatches(rsaPublic, rsaPrivate);
        }
        if (publicKey instanceof ECPublicKey ecPublic) {
            return privateKey instanceof ECPrivateKey ecPrivate && ecMatches(ecPublic, ecPrivate);
        }
        throw unsupported(publicKey);
    }

    /** Throws {@link PkiError#KEY_DOES_NOT_MATCH} unless {@link #matches} holds. */
    public static void requireMatch(PublicKey publicKey, PrivateKey privateKey) {
        if (!matches(publicKey, privateKey)) {
            throw new PkiException(PkiError.KEY_DOES_NOT_MATCH,
                    "The private key does not belong to the certificate's public key.");
        }
    }

    /** Algorithm, size and (for EC) curve of a public key. */
    public static KeyInfo describe(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (publicKey instanceof RSAPublicKey rsa) {
            return new KeyInfo("RSA", rsa.getModulus().bitLength(), Optional.empty());
        }
        if (publicKey instanceof ECPublicKey ec) {
            return new KeyInfo("EC", ec.getParams().getCurve().getField().getFieldSize(), curveName(publicKey));
        }
        throw unsupported(publicKey);
    }

    private static boolean rsaMatches(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        BigInteger modulus = publicKey.getModulus();
        if (!modulus.equals(privateKey.getModulus())) {
            return false;
        }
        if (privateKey instanceof RSAPrivateCrtKey crt) {
            return crt.getPublicExponent().equals(publicKey.getPublicExponent())
                    && crt.getPrimeP().multiply(crt.getPrimeQ()).equals(modulus);
        }
        // Without the CRT parts the public exponent is not stored: check that d inverts e on a sample value.
        BigInteger sample = BigInteger.TWO;
        return sample.modPow(publicKey.getPublicExponent(), modulus)
                .modPow(privateKey.getPrivateExponent(), modulus)
                .equals(sample);
    }

    private static boolean ecMatches(ECPublicKey publicKey, ECPrivateKey privateKey) {
        if (!publicKey.getParams().getCurve().equals(privateKey.getParams().getCurve())) {
            return false;
        }
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
        ASN1Encodable parameters = info.getAlgorithm().getParameters();
        X9ECParameters curve = parameters instanceof ASN1ObjectIdentifier oid
                ? ECNamedCurveTable.getByOID(oid)
                : X9ECParameters.getInstance(parameters);
        if (curve == null) {
            throw unsupported(publicKey);
        }
        BigInteger d = privateKey.getS();
        if (d.signum() <= 0 || d.compareTo(curve.getN()) >= 0) {
            return false;
        }
        ECPoint derived = curve.getG().multiply(d).normalize();
        ECPoint actual = curve.getCurve().decodePoint(info.getPublicKeyData().getOctets()).normalize();
        return derived.equals(actual);
    }

    private static Optional<String> curveName(PublicKey publicKey) {
        ASN1Encodable parameters = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded())
                .getAlgorithm()
                .getParameters();
        if (!(parameters instanceof ASN1ObjectIdentifier oid)) {
            return Optional.empty();
        }
        return Optional.ofNullable(NIST_CURVES.getOrDefault(oid, ECNamedCurveTable.getName(oid)));
    }

    private static PkiException unsupported(PublicKey key) {
        return new PkiException(PkiError.UNSUPPORTED_KEY,
                "Keys of type " + key.getAlgorithm() + " are not supported; use RSA or EC (P-256, P-384, P-521).");
    }
}
