package io.certgate.client.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A binding whose chain and key were parsed and checked. {@code address} is {@code *} or a normalised IP literal,
 * {@code serverName} is lower case without a trailing dot, empty for the default certificate.
 */
public record LoadedBinding(UUID bindingId, String address, String serverName, String sha256, Instant notAfter,
        X509Certificate[] chain, PrivateKey key) {

    public LoadedBinding {
        bindingId = Checks.notNull(bindingId, "bindingId");
        address = Checks.notBlank(address, "address");
        serverName = Checks.notNull(serverName, "serverName");
        sha256 = Checks.notBlank(sha256, "sha256");
        notAfter = Checks.notNull(notAfter, "notAfter");
        Checks.notNull(chain, "chain");
        if (chain.length == 0 || Arrays.asList(chain).contains(null)) {
            throw new IllegalArgumentException("chain needs at least the leaf and no empty entries");
        }
        chain = chain.clone();
        key = Checks.notNull(key, "key");
    }

    /** The chain, leaf first; a copy, so callers cannot change what is served. */
    @Override
    public X509Certificate[] chain() {
        return chain.clone();
    }

    /** The leaf certificate. */
    public X509Certificate leaf() {
        return chain[0];
    }

    /** Whether this is the default certificate of its address. */
    public boolean isDefault() {
        return serverName.isEmpty();
    }

    // Arrays compare by identity in records; two loads of the same material should be equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof LoadedBinding that && bindingId.equals(that.bindingId) && address.equals(that.address)
                && serverName.equals(that.serverName) && sha256.equals(that.sha256) && notAfter.equals(that.notAfter)
                && Arrays.equals(chain, that.chain) && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bindingId, address, serverName, sha256, notAfter, Arrays.hashCode(chain));
    }

    @Override
    public String toString() {
        // Never the key.
        return "LoadedBinding[bindingId=" + bindingId + ", address=" + address + ", serverName=" + serverName
                + ", sha256=" + sha256 + ", notAfter=" + notAfter + ", chainLength=" + chain.length + "]";
    }
}
