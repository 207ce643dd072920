package io.certgate.certservice.crypto;

/**
 * A secret encrypted under a data key, the data key wrapped under the master key (envelope encryption).
 *
 * @param masterKeyId
 *            which master key wraps the data key (a short fingerprint, not the key)
 * @param wrappedKey
 *            the data key: 12-byte nonce then AES-256-GCM ciphertext and tag
 * @param ciphertext
 *            the secret: 12-byte nonce then AES-256-GCM ciphertext and tag
 */
public record SealedSecret(String masterKeyId, byte[] wrappedKey, byte[] ciphertext) {

    public SealedSecret {
        if (masterKeyId == null || masterKeyId.isBlank()) {
            throw new IllegalArgumentException("masterKeyId is required");
        }
        wrappedKey = wrappedKey.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] wrappedKey() {
        return wrappedKey.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }
}
