package io.certgate.notifier.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * MISSING: a required listener has no valid certificate, once per listener and local day. Learned from cert-service's
 * bindings and from the gateways' own reports; both give the same key, so one email covers both.
 */
final class MissingRule implements Rule {

    @Override
    public List<Notification> evaluate(Snapshot snapshot, Settings settings, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        Map<String, Notification> byKey = new LinkedHashMap<>();
        for (ComponentListener listener : snapshot.listeners()) {
            List<BindingState> candidates = snapshot.bindings().stream().filter(b -> b.covers(listener)).toList();
            if (candidates.stream().anyMatch(b -> b.canServeAt(now))) {
                continue;
            }
            String key = key(listener.component(), listener.listener(), today);
            Optional<BindingState> bound = candidates.stream().findFirst();
            String message = listener.component() + " listener " + listener.listener()
                    + " has no valid certificate: " + bound.map(b -> why(b, now, settings)).orElse("none is assigned")
                    + ". Assign a valid certificate with its private key to this listener.";
            byKey.putIfAbsent(key, new Notification(ReasonCode.MISSING, ReasonCode.MISSING.priority(), key,
                    listener.component(), bound.map(BindingState::address).orElse(null),
                    bound.map(BindingState::serverName).orElse(null), listener.listener(),
                    bound.map(BindingState::certificate).orElse(null), 0, message));
        }
        for (GatewayStatus status : latestPerListener(snapshot.gatewayStatuses())) {
            if (status.serving()) {
                continue;
            }
            String key = key(status.component(), status.listener(), today);
            String message = status.component() + " listener " + status.listener()
                    + (status.address() == null ? "" : " on " + status.address())
                    + " reported at " + Texts.at(status.at(), settings.zone()) + " that it has no valid certificate"
                    + (status.reason().isBlank() ? "" : ": " + status.reason())
                    + ". Assign a valid certificate with its private key to this listener.";
            byKey.putIfAbsent(key, new Notification(ReasonCode.MISSING, ReasonCode.MISSING.priority(), key,
                    status.component(), status.address(), null, status.listener(), null, 0, message));
        }
        return new ArrayList<>(byKey.values());
    }

    private static String key(String component, String listener, LocalDate today) {
        return String.join("|", ReasonCode.MISSING.name(), component, listener, today.toString());
    }

    /** A later "serving" report means the gateway recovered, so an older complaint must not be mailed again. */
    private static List<GatewayStatus> latestPerListener(List<GatewayStatus> statuses) {
        return statuses.stream()
                .collect(Collectors.toMap(s -> s.component() + "|" + s.listener(), s -> s,
                        (a, b) -> b.at().isAfter(a.at()) ? b : a, LinkedHashMap::new))
                .values()
                .stream()
                .sorted(Comparator.comparing(GatewayStatus::at))
                .toList();
    }

    private static String why(BindingState binding, Instant now, Settings settings) {
        CertificateState leaf = binding.certificate();
        String name = "the assigned " + Texts.certificate(leaf);
        if (!leaf.hasPrivateKey()) {
            return name + " has no private key";
        }
        for (CertificateState certificate : binding.certificates()) {
            String which = Texts.certificateIn(binding, certificate);
            if (certificate.isExpiredAt(now)) {
                return "the " + which + " expired on " + Texts.at(certificate.notAfter(), settings.zone());
            }
            if (!certificate.isValidAt(now)) {
                return "the " + which + " is not valid before " + Texts.at(certificate.notBefore(), settings.zone());
            }
        }
        return name + " cannot be served"; // unreachable while canServeAt and this method agree
    }
}
