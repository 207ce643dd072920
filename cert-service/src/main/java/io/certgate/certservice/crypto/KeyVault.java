package io.certgate.certservice.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.certgate.certservice.config.CertServiceConfig;
import io.quarkus.runtime.Startup;

/**
 * Encrypts private keys at rest: each secret gets its own AES-256-GCM data key, and the data key is wrapped under
 * the master key from {@code CERTGATE_MASTER_KEY}. The context (for example a certificate id) is bound as associated
 * data, so a ciphertext moved to another row does not decrypt.
 */
@Startup
@ApplicationScoped
public class KeyVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey masterKey;
    private final String masterKeyId;
    private final Map<String, SecretKey> previous = new HashMap<>();

    KeyVault(CertServiceConfig config) {
        String encoded = config.masterKey()
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "CERTGATE_MASTER_KEY is not set. cert-service encrypts private keys under this master key and "
                                + "does not start without one. Create one with 'openssl rand -base64 32' and keep it "
                                + "in a secret."));
        this.masterKey = decode(encoded, "CERTGATE_MASTER_KEY");
        this.masterKeyId = fingerprint(masterKey.getEncoded());
        for (String old : config.previousMasterKeys().orElse(List.of())) {
            if (!old.isBlank()) {
                SecretKey key = decode(old, "CERTGATE_PREVIOUS_MASTER_KEYS");
                previous.put(fingerprint(key.getEncoded()), key);
            }
        }
        previous.remove(masterKeyId);
    }

    private static SecretKey decode(String encoded, String name) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64 (expected 32 random bytes in "
                    + "base64, as 'openssl rand -base64 32' prints).");
        }
        if (raw.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (AES-256); it is " + raw.length
                    + " bytes. Create one with 'openssl rand -base64 32'.");
        }
        SecretKey key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
        return key;
    }

    /** Encrypts {@code plaintext} bound to {@code context}. */
    public SealedSecret seal(byte[] plaintext, String context) {
        byte[] dataKey = new byte[32];
        RANDOM.nextBytes(dataKey);
        try {
            byte[] aad = context.getBytes(StandardCharsets.UTF_8);
            byte[] ciphertext = encrypt(new SecretKeySpec(dataKey, "AES"), plaintext, aad);
            byte[] wrapped = encrypt(masterKey, dataKey, aad);
            return new SealedSecret(masterKeyId, wrapped, ciphertext);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Decrypts a secret sealed under the current or a previous master key with the same context.
     *
     * @throws IllegalStateException
     *             when its master key is not configured or the data was altered
     */
    public byte[] open(SealedSecret sealed, String context) {
        byte[] aad = context.getBytes(StandardCharsets.UTF_8);
        byte[] dataKey = decrypt(masterKeyFor(sealed), sealed.wrappedKey(), aad);
        try {
            return decrypt(new SecretKeySpec(dataKey, "AES"), sealed.ciphertext(), aad);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * The same secret with its data key wrapped under the current master key; the ciphertext is unchanged, so a
     * rotation touches 60 bytes per key.
     */
    public SealedSecret rewrap(SealedSecret sealed, String context) {
        if (masterKeyId.equals(sealed.masterKeyId())) {
            return sealed;
        }
        byte[] aad = context.getBytes(StandardCharsets.UTF_8);
        byte[] dataKey = decrypt(masterKeyFor(sealed), sealed.wrappedKey(), aad);
        try {
            return new SealedSecret(masterKeyId, encrypt(masterKey, dataKey, aad), sealed.ciphertext());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private SecretKey masterKeyFor(SealedSecret sealed) {
        if (masterKeyId.equals(sealed.masterKeyId())) {
            return masterKey;
        }
        SecretKey old = previous.get(sealed.masterKeyId());
        if (old == null) {
            throw new IllegalStateException("secret was sealed under master key " + sealed.masterKeyId()
                    + ", which is neither the configured master key (" + masterKeyId
                    + ") nor one of CERTGATE_PREVIOUS_MASTER_KEYS");
        }
        return old;
    }

    /** Short fingerprint of the configured master key, safe to show and store. */
    public String masterKeyId() {
        return masterKeyId;
    }

    private static byte[] encrypt(SecretKey key, byte[] plaintext, byte[] aad) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] nonceAndCiphertext, byte[] aad) {
        if (nonceAndCiphertext.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("sealed secret is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonceAndCiphertext, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(nonceAndCiphertext, NONCE_BYTES, nonceAndCiphertext.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed secret does not decrypt: wrong master key or altered data");
        }
    }

    private static String fingerprint(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
