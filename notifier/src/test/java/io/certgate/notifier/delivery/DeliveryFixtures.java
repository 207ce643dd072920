package io.certgate.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.certgate.notifier.rules.CertificateState;
import io.certgate.notifier.rules.Notification;
import io.certgate.notifier.rules.ReasonCode;

/** Notifications as the rules produce them, each with its own names so tests sharing a mailbox stay apart. */
final class DeliveryFixtures {

    private DeliveryFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static CertificateState certificate(String subject, String dnsName, Instant notAfter) {
        return new CertificateState("cert-" + UUID.randomUUID(), subject,
                "AB:CD:EF:" + UUID.randomUUID().toString().replace("-", "").toUpperCase(),
                notAfter.minus(Duration.ofDays(90)), notAfter, true, List.of(dnsName));
    }

    static Notification expiring(String serverName, CertificateState certificate, long daysLeft) {
        return new Notification(ReasonCode.EXPIRING, ReasonCode.EXPIRING.priority(),
                "EXPIRING|" + certificate.sha256() + "|threshold=" + daysLeft, "FTP", "0.0.0.0:2121", serverName,
                null, certificate, daysLeft, "The FTP certificate for " + serverName + " expires in " + daysLeft
                        + " days.");
    }

    static Notification missing(String listener) {
        return new Notification(ReasonCode.MISSING, ReasonCode.MISSING.priority(),
                "MISSING|FTP|" + listener + "|2026-12-01", "FTP", null, null, listener, null, 0,
                "FTP " + listener + " has no valid certificate.");
    }
}
