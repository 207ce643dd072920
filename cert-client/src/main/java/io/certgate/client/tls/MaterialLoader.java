package io.certgate.client.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Parses and checks TLS material with the JDK alone; bindings that fail a check are left out and reported. */
public final class MaterialLoader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Any PEM block: its label, then its base64 body; the label must be repeated at the end. */
    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    /** The label of an unencrypted PKCS#8 key, the form cert-service sends. */
    private static final String PKCS8_LABEL = "PRIVATE KEY";
    private static final String[] KEY_ALGORITHMS = {"RSA", "EC"};
    private static final SecureRandom RANDOM = new SecureRandom();

    private MaterialLoader() {
    }

    /**
     * Reads the JSON of {@code GET /api/v1/tls-material/{component}}; unknown fields are ignored.
     *
     * @throws InvalidMaterialException
     *             when the text is not JSON or misses a required field
     */
    public static TlsMaterial parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidMaterialException("TLS material is empty");
        }
        try {
            TlsMaterial material = MAPPER.readValue(json, TlsMaterial.class);
            if (material == null) {
                throw new InvalidMaterialException("TLS material is empty");
            }
            return material;
        } catch (JsonProcessingException e) {
            // The original message names the field; the location would quote the text, which holds keys.
            throw new InvalidMaterialException("invalid TLS material: " + e.getOriginalMessage());
        }
    }

    /**
     * Parses every binding's chain and key, and keeps those whose key matches the leaf and whose leaf is valid at the
     * clock's now.
     *
     * @throws InvalidMaterialException
     *             when there is no material
     */
    public static LoadedMaterial load(TlsMaterial material, Clock clock) {
        if (material == null) {
            throw new InvalidMaterialException("TLS material is missing");
        }
        Checks.notNull(clock, "clock");
        Date now = Date.from(clock.instant());
        List<LoadedBinding> loaded = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (ServedBinding binding : material.bindings()) {
            try {
                loaded.add(loadBinding(binding, now));
            } catch (BindingRejected e) {
                problems.add(LoadProblem.ofBinding(binding, e.getMessage()));
            }
        }
        List<X509Certificate> trusted = new ArrayList<>();
        for (TrustedCa ca : material.trustedCas()) {
            try {
                trusted.add(certificates(ca.pem(), "trusted CA").getFirst());
            } catch (BindingRejected e) {
                problems.add(LoadProblem.ofTrustedCa(ca, e.getMessage()));
            }
        }
        return new LoadedMaterial(material.component(), material.version(), loaded, trusted, problems);
    }

    private static LoadedBinding loadBinding(ServedBinding binding, Date now) throws BindingRejected {
        String address = Addresses.normaliseBindingAddress(binding.address())
                .orElseThrow(() -> new BindingRejected("address '" + binding.address() + "' is neither * nor an IP"));
        List<X509Certificate> chain = certificates(binding.chainPem(), "chain");
        X509Certificate leaf = chain.getFirst();
        try {
            leaf.checkValidity(now);
        } catch (CertificateExpiredException e) {
            throw new BindingRejected("certificate expired at " + leaf.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new BindingRejected("certificate is not valid before " + leaf.getNotBefore().toInstant());
        }
        PrivateKey key = privateKey(binding.keyPem());
        checkKeyMatches(key, leaf.getPublicKey());
        return new LoadedBinding(binding.bindingId(), address, Addresses.normaliseServerName(binding.serverName()),
                binding.sha256(), leaf.getNotAfter().toInstant(), chain.toArray(X509Certificate[]::new), key);
    }

    private static List<X509Certificate> certificates(String pem, String what) throws BindingRejected {
        Collection<? extends Certificate> parsed;
        try {
            parsed = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new BindingRejected(what + " is not PEM X.509 certificates");
        }
        if (parsed.isEmpty()) {
            throw new BindingRejected(what + " holds no certificate");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : parsed) {
            if (!(certificate instanceof X509Certificate x509)) {
                throw new BindingRejected(what + " holds a certificate that is not X.509");
            }
            certificates.add(x509);
        }
        return certificates;
    }

    private static PrivateKey privateKey(String pem) throws BindingRejected {
        Matcher matcher = PEM_BLOCK.matcher(pem);
        boolean found = false;
        while (!found && matcher.find()) {
            found = PKCS8_LABEL.equals(matcher.group(1));
        }
        if (!found) {
            // Reasons never quote the text: it is a key, or close to one.
            throw new BindingRejected("key is not a PKCS#8 PEM private key");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(matcher.group(2));
        } catch (IllegalArgumentException e) {
            throw new BindingRejected("key is not valid Base64");
        }
        for (String algorithm : KEY_ALGORITHMS) {
            Optional<PrivateKey> key = tryKey(algorithm, der);
            if (key.isPresent()) {
                return key.get();
            }
        }
        throw new BindingRejected("key is neither an RSA nor an EC PKCS#8 key");
    }

    private static Optional<PrivateKey> tryKey(String algorithm, byte[] der) {
        try {
            return Optional.of(KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    // Comparing public parameters would need per-algorithm code; a signature proves the pair for RSA and EC alike.
    private static void checkKeyMatches(PrivateKey key, PublicKey leafKey) throws BindingRejected {
        if (!key.getAlgorithm().equals(leafKey.getAlgorithm())) {
            throw new BindingRejected("key is " + key.getAlgorithm() + " but the certificate's key is "
                    + leafKey.getAlgorithm());
        }
        String algorithm = "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
        byte[] challenge = new byte[32];
        RANDOM.nextBytes(challenge);
        boolean matches;
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(leafKey);
            verifier.update(challenge);
            matches = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // An EC key on another curve than the certificate's ends here, not in verify().
            matches = false;
        }
        if (!matches) {
            throw new BindingRejected("key does not belong to the certificate");
        }
    }

    /** A check that failed; its message is the human reason, never with key material. */
    private static final class BindingRejected extends Exception {

        private static final long serialVersionUID = 1L;

        BindingRejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
