package io.certgate.notifier.mail;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.certgate.testing.GreenMailTestResource;
import io.certgate.testing.ImapMailbox;
import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** The notifier's mail path against a real SMTP server, read back as an administrator would, over IMAP. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(GreenMailTestResource.class)
class MailDeliveryTest {

    @Inject
    Mailer mailer;

    @Test
    void aMailSentThroughSmtpIsReadBackOverImap() {
        // Given
        String subject = "Certgate delivery check " + UUID.randomUUID();

        // When
        mailer.send(Mail.withText(GreenMailTestResource.MAILBOX, subject, "The mail path works."));

        // Then
        List<ImapMailbox.Mail> inbox = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> ImapMailbox.read("127.0.0.1", GreenMailTestResource.imapPort(),
                                GreenMailTestResource.MAILBOX,
                                GreenMailTestResource.PASSWORD),
                        mails -> mails.stream().anyMatch(mail -> subject.equals(mail.subject())));
        ImapMailbox.Mail mail = inbox.stream().filter(m -> subject.equals(m.subject())).findFirst().orElseThrow();
        assertThat(mail.from()).containsExactly("certgate@certgate.local");
        assertThat(mail.to()).containsExactly(GreenMailTestResource.MAILBOX);
        assertThat(mail.text()).contains("The mail path works.");
    }

    @Test
    void readinessReportsDatabaseKafkaSmtpAndCertService() {
        given().when()
                .get("/q/health/ready")
                .then()
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check", "smtp", "cert-service"))
                .body("checks.find { it.name == 'smtp' }.status", is("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"))
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - readiness check' }.status", is("UP"));
    }
}
