package io.certgate.client.tls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the certificate for a handshake: (address, SNI) &gt; (address, default) &gt; (*, SNI) &gt; (*, default).
 */
public final class CertificateSelector {

    // address ("*" or canonical IP) -> server name ("" for the default) -> binding
    private final Map<String, Map<String, LoadedBinding>> byAddress = new LinkedHashMap<>();

    /** A selector over the bindings of the loaded material. */
    public CertificateSelector(LoadedMaterial material) {
        this(Checks.notNull(material, "material").bindings());
    }

    /** A selector over these bindings. */
    public CertificateSelector(List<LoadedBinding> bindings) {
        for (LoadedBinding binding : Checks.notNull(bindings, "bindings")) {
            Optional<String> address = Addresses.normaliseBindingAddress(binding.address());
            if (address.isEmpty()) {
                continue; // the loader already refuses these; a hand-built binding cannot match anything
            }
            // cert-service keeps (component, address, server name) unique; should two arrive, the first one wins so
            // the choice does not change between reloads of the same material.
            byAddress.computeIfAbsent(address.get(), a -> new HashMap<>())
                    .putIfAbsent(Addresses.normaliseServerName(binding.serverName()), binding);
        }
    }

    /**
     * The binding for a client that connected to {@code localAddress} (an IP literal, bracketed or not) and sent
     * {@code sni}, or empty when no binding serves it. A local address that is not an IP literal only gets
     * {@code *} bindings; no name is ever resolved.
     */
    public Optional<LoadedBinding> select(String localAddress, Optional<String> sni) {
        String serverName = Addresses.normaliseServerName(sni == null ? null : sni.orElse(null));
        Optional<String> address = Addresses.normaliseIp(localAddress);
        if (address.isPresent()) {
            Optional<LoadedBinding> specific = pick(byAddress.get(address.get()), serverName);
            if (specific.isPresent()) {
                return specific;
            }
        }
        return pick(byAddress.get(Addresses.ANY), serverName);
    }

    /** The distinct specific addresses (canonical IP literals, never {@code *}) that have bindings of their own. */
    public List<String> addresses() {
        List<String> addresses = new ArrayList<>(byAddress.keySet());
        addresses.remove(Addresses.ANY);
        return List.copyOf(addresses);
    }

    private static Optional<LoadedBinding> pick(Map<String, LoadedBinding> byName, String serverName) {
        if (byName == null) {
            return Optional.empty();
        }
        if (!serverName.isEmpty() && byName.containsKey(serverName)) {
            return Optional.of(byName.get(serverName));
        }
        return Optional.ofNullable(byName.get(""));
    }
}
