package io.certgate.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.certgate.notifier.delivery.mail.NotificationMailer;
import io.certgate.notifier.delivery.mail.RenderedMail;
import io.certgate.notifier.delivery.repository.LedgerEntry;
import io.certgate.notifier.delivery.repository.LedgerRepository;
import io.certgate.notifier.delivery.service.DeliveryResult;
import io.certgate.notifier.delivery.service.NotificationDelivery;
import io.certgate.notifier.rules.CertificateState;
import io.certgate.notifier.rules.Notification;
import io.certgate.testing.GreenMailTestResource;
import io.certgate.testing.ImapMailbox;
import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.certgate.notifier.delivery.DeliveryFixtures.certificate;
import static io.certgate.notifier.delivery.DeliveryFixtures.expiring;
import static io.certgate.notifier.delivery.DeliveryFixtures.missing;
import static io.certgate.notifier.delivery.DeliveryFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Notifications mailed through a real SMTP server, read back over IMAP, with the ledger in PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(GreenMailTestResource.class)
class NotificationDeliveryTest {

    private static final Instant NOT_AFTER = Instant.parse("2026-12-07T10:00:00Z");

    @Inject
    NotificationDelivery delivery;

    @Inject
    NotificationMailer mailer;

    @Inject
    LedgerRepository ledger;

    @Test
    void anExpiringCertificateIsMailedWithWhatItIsAndHowToReplaceIt() {
        // Given
        String host = unique("ftp") + ".example.com";
        CertificateState certificate = certificate("CN=" + host + ", O=Example", host, NOT_AFTER);
        Notification notification = expiring(host, certificate, 14);

        // When
        DeliveryResult result = delivery.deliver(List.of(notification));

        // Then
        assertThat(result).isEqualTo(new DeliveryResult(1, 0, 0));
        String subject = "[Certgate] FTP certificate for " + host + " expires in 14 days (2026-12-07)";
        List<ImapMailbox.Mail> mails = awaitMails(subject);
        assertThat(mails).hasSize(1);
        ImapMailbox.Mail mail = mails.get(0);
        assertThat(mail.to()).containsExactly(GreenMailTestResource.MAILBOX);
        assertThat(mail.text()).contains("FTP", "0.0.0.0:2121", "CN=" + host + ", O=Example", certificate.sha256(),
                "2026-12-07 10:00 UTC", "POST /api/v1/csrs", "PUT /api/v1/bindings", certificate.id(),
                "evaluation only");
    }

    @Test
    void valuesAreEscapedInTheHtmlBody() {
        // Given
        String host = unique("web") + ".example.com";
        Notification notification = expiring(host,
                certificate("CN=<script>alert(1)</script>", host, NOT_AFTER), 7);

        // When
        RenderedMail rendered = mailer.render(notification);
        delivery.deliver(List.of(notification));

        // Then
        assertThat(rendered.html()).doesNotContain("<script>")
                .contains("CN=&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(rendered.text()).contains("CN=<script>alert(1)</script>");
        ImapMailbox.Mail mail = awaitMails(rendered.subject()).get(0);
        assertThat(mail.text()).contains("CN=&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theSameNotificationDeliveredTwiceIsMailedOnce() {
        // Given
        String host = unique("twice") + ".example.com";
        Notification notification = expiring(host, certificate("CN=" + host, host, NOT_AFTER), 30);

        // When
        DeliveryResult first = delivery.deliver(List.of(notification));
        DeliveryResult second = delivery.deliver(List.of(notification));

        // Then
        assertThat(first).isEqualTo(new DeliveryResult(1, 0, 0));
        assertThat(second).isEqualTo(new DeliveryResult(0, 1, 0));
        String subject = mailer.render(notification).subject();
        assertThat(awaitMails(subject)).hasSize(1);
        LedgerEntry entry = QuarkusTransaction.requiringNew()
                .call(() -> ledger.findByDedupKey(notification.dedupKey()).orElseThrow());
        assertThat(entry.dedupKey).isEqualTo(notification.dedupKey());
        assertThat(entry.reason).isEqualTo("EXPIRING");
        assertThat(entry.subject).isEqualTo(subject);
        assertThat(entry.recipients).isEqualTo(GreenMailTestResource.MAILBOX);
        assertThat(entry.sentAt).isNotNull();
    }

    @Test
    void twoRunsRacingForTheSameNotificationMailItOnce() throws Exception {
        // Given
        String host = unique("race") + ".example.com";
        Notification notification = expiring(host, certificate("CN=" + host, host, NOT_AFTER), 1);
        CountDownLatch start = new CountDownLatch(1);

        // When
        List<DeliveryResult> results;
        try (ExecutorService runs = Executors.newFixedThreadPool(2)) {
            List<Future<DeliveryResult>> futures = List.of(
                    runs.submit(() -> awaitThenDeliver(start, notification)),
                    runs.submit(() -> awaitThenDeliver(start, notification)));
            start.countDown();
            results = List.of(futures.get(0).get(30, TimeUnit.SECONDS), futures.get(1).get(30, TimeUnit.SECONDS));
        }

        // Then
        assertThat(results).containsExactlyInAnyOrder(new DeliveryResult(1, 0, 0), new DeliveryResult(0, 1, 0));
        assertThat(awaitMails(mailer.render(notification).subject())).hasSize(1);
    }

    @Test
    void aMissingCertificateIsMailedWithTheListenerNamed() {
        // Given
        String listener = unique("explicit") + ":2121";
        Notification notification = missing(listener);

        // When
        DeliveryResult result = delivery.deliver(List.of(notification));

        // Then
        assertThat(result).isEqualTo(new DeliveryResult(1, 0, 0));
        String subject = "[Certgate] No valid certificate for FTP " + listener;
        ImapMailbox.Mail mail = awaitMails(subject).get(0);
        assertThat(mail.text()).contains("Listener:     " + listener, "No certificate is bound.",
                "PUT /api/v1/bindings");
    }

    private DeliveryResult awaitThenDeliver(CountDownLatch start, Notification notification)
            throws InterruptedException {
        start.await();
        return delivery.deliver(List.of(notification));
    }

    private static List<ImapMailbox.Mail> awaitMails(String subject) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> ImapMailbox.read("127.0.0.1", GreenMailTestResource.imapPort(),
                        GreenMailTestResource.MAILBOX, GreenMailTestResource.PASSWORD),
                        mails -> mails.stream()
                                .anyMatch(mail -> subject.equals(mail.subject())))
                .stream()
                .filter(mail -> subject.equals(mail.subject()))
                .toList();
    }
}
