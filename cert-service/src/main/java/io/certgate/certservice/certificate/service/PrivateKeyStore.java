package io.certgate.certservice.certificate.service;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.certgate.certservice.certificate.repository.PrivateKeyEntity;
import io.certgate.certservice.certificate.repository.PrivateKeyRepository;
import io.certgate.certservice.crypto.KeyVault;
import io.certgate.certservice.crypto.SealedSecret;

/** Keeps private keys sealed in the database and opens them for the few callers allowed to use them. */
@ApplicationScoped
public class PrivateKeyStore {

    private final PrivateKeyRepository repository;
    private final KeyVault vault;
    private final Clock clock;

    PrivateKeyStore(PrivateKeyRepository repository, KeyVault vault, Clock clock) {
        this.repository = repository;
        this.vault = vault;
        this.clock = clock;
    }

    /** Stores {@code key} (whose public half is {@code publicKey}) once; a key already held is reused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PrivateKeyEntity store(PrivateKey key, PublicKey publicKey) {
        String publicKeySha256 = publicKeySha256(publicKey);
        return repository.findByPublicKey(publicKeySha256).orElseGet(() -> {
            PrivateKeyEntity entity = new PrivateKeyEntity();
            entity.id = UUID.randomUUID();
            entity.publicKeySha256 = publicKeySha256;
            entity.algorithm = key.getAlgorithm();
            byte[] pkcs8 = key.getEncoded();
            try {
                SealedSecret sealed = vault.seal(pkcs8, context(entity.id));
                entity.masterKeyId = sealed.masterKeyId();
                entity.wrappedKey = sealed.wrappedKey();
                entity.ciphertext = sealed.ciphertext();
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
            entity.createdAt = clock.instant();
            repository.persist(entity);
            return entity;
        });
    }

    /** Opens a stored key. */
    public PrivateKey load(UUID id) {
        PrivateKeyEntity entity = repository.findByIdOptional(id)
                .orElseThrow(() -> new IllegalStateException("private key " + id + " is missing"));
        byte[] pkcs8 = vault.open(new SealedSecret(entity.masterKeyId, entity.wrappedKey, entity.ciphertext),
                context(entity.id));
        try {
            return KeyFactory.getInstance(entity.algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored private key " + id + " cannot be read back", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** A stored key not yet used by any certificate (a CSR's pending key) with this public key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<PrivateKeyEntity> findPending(String publicKeySha256) {
        return repository.findByPublicKey(publicKeySha256);
    }

    /** Deletes a key no certificate or CSR uses any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID id) {
        repository.deleteById(id);
    }

    /** SHA-256 over the SubjectPublicKeyInfo, lower-case hex: how certificates and pending keys find each other. */
    public static String publicKeySha256(PublicKey publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static String context(UUID id) {
        return "private-key:" + id;
    }
}
