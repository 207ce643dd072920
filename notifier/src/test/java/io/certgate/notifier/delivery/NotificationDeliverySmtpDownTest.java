package io.certgate.notifier.delivery;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.certgate.notifier.delivery.repository.LedgerRepository;
import io.certgate.notifier.delivery.service.DeliveryResult;
import io.certgate.notifier.delivery.service.NotificationDelivery;
import io.certgate.notifier.rules.Notification;
import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static io.certgate.notifier.delivery.DeliveryFixtures.certificate;
import static io.certgate.notifier.delivery.DeliveryFixtures.expiring;
import static io.certgate.notifier.delivery.DeliveryFixtures.missing;
import static io.certgate.notifier.delivery.DeliveryFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** With SMTP unreachable, nothing is recorded as sent, so the next run tries again. */
@QuarkusTest
@TestProfile(SmtpDownProfile.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class NotificationDeliverySmtpDownTest {

    @Inject
    NotificationDelivery delivery;

    @Inject
    LedgerRepository ledger;

    @Test
    void aMailSmtpDoesNotTakeIsCountedAsFailedAndLeavesNoLedgerRow() {
        // Given
        String host = unique("down") + ".example.com";
        Notification notification = expiring(host,
                certificate("CN=" + host, host, Instant.parse("2026-12-07T10:00:00Z")), 14);

        // When
        DeliveryResult result = delivery.deliver(List.of(notification));

        // Then
        assertThat(result).isEqualTo(new DeliveryResult(0, 0, 1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.contains(notification.dedupKey()))).isFalse();
    }

    @Test
    void aFailedMailDoesNotStopTheNextOne() {
        // Given
        List<Notification> notifications = List.of(missing(unique("explicit") + ":2121"),
                missing(unique("implicit") + ":990"));

        // When
        DeliveryResult result = delivery.deliver(notifications);

        // Then
        assertThat(result).isEqualTo(new DeliveryResult(0, 0, 2));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.count())).isZero();
    }
}
