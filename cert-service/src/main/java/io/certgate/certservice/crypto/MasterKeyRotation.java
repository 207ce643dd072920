package io.certgate.certservice.crypto;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.certgate.certservice.certificate.repository.PrivateKeyEntity;
import io.certgate.certservice.certificate.repository.PrivateKeyRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Moves every stored data key to the current master key, in small transactions, while the service keeps serving:
 * keys not yet re-wrapped still open with a previous master key.
 */
@ApplicationScoped
public class MasterKeyRotation {

    private static final Logger LOG = Logger.getLogger(MasterKeyRotation.class);
    private static final int BATCH = 100;

    /** What a re-wrap pass did. */
    public record Result(String masterKeyId, int rewrapped, long remaining) {
    }

    private final PrivateKeyRepository keys;
    private final KeyVault vault;

    MasterKeyRotation(PrivateKeyRepository keys, KeyVault vault) {
        this.keys = keys;
        this.vault = vault;
    }

    void onStart(@Observes StartupEvent event) {
        // In the background: start-up does not wait, and keys not yet moved still open with a previous master key.
        Thread.ofVirtual().name("master-key-rewrap").start(() -> {
            try {
                rewrapAll();
            } catch (RuntimeException e) {
                LOG.errorf("re-wrapping data keys under the current master key failed: %s", e.getMessage());
            }
        });
    }

    /** Re-wraps every data key that is not under the current master key yet. */
    public Result rewrapAll() {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(this::rewrapBatch);
            total += done;
        } while (done == BATCH);
        long remaining = QuarkusTransaction.requiringNew()
                .call(() -> keys.count("masterKeyId <> ?1", vault.masterKeyId()));
        if (total > 0) {
            LOG.infof("re-wrapped %d private keys under master key %s; %d remain under other keys", total,
                    vault.masterKeyId(), remaining);
        }
        return new Result(vault.masterKeyId(), total, remaining);
    }

    private int rewrapBatch() {
        List<PrivateKeyEntity> batch = keys.find("masterKeyId <> ?1", vault.masterKeyId()).page(0, BATCH).list();
        for (PrivateKeyEntity key : batch) {
            SealedSecret moved = vault.rewrap(new SealedSecret(key.masterKeyId, key.wrappedKey, key.ciphertext),
                    "private-key:" + key.id);
            key.masterKeyId = moved.masterKeyId();
            key.wrappedKey = moved.wrappedKey();
        }
        return batch.size();
    }
}
