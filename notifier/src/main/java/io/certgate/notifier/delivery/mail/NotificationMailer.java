package io.certgate.notifier.delivery.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.certgate.notifier.config.NotifierConfig;
import io.certgate.notifier.rules.CertificateState;
import io.certgate.notifier.rules.Notification;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Turns a {@link Notification} into an email with an HTML and a plain-text body, and sends it over SMTP. */
@ApplicationScoped
public class NotificationMailer {

    private static final String PREFIX = "[Certgate] ";
    /** Length of the ledger's subject column. */
    private static final int MAX_SUBJECT = 512;
    private static final String ANY = "*";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    // The .html template is escaped by Qute, the .txt one is not: values are plain text in both.
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notificationHtml(MailView view);

        static native TemplateInstance notificationText(MailView view);
    }

    private final Mailer mailer;
    private final NotifierConfig config;

    NotificationMailer(Mailer mailer, NotifierConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    /** Renders the mail for {@code notification} without sending it. */
    public RenderedMail render(Notification notification) {
        MailView view = view(notification);
        return new RenderedMail(config.recipients(), view.subject(), Templates.notificationHtml(view).render(),
                Templates.notificationText(view).render());
    }

    /** Sends a rendered mail; throws {@link MailSendException} if the SMTP server does not take it. */
    public void send(RenderedMail mail) {
        Mail message = Mail.withHtml(mail.recipients().get(0), mail.subject(), mail.html()).setText(mail.text());
        message.setTo(mail.recipients());
        try {
            mailer.send(message);
        } catch (RuntimeException e) {
            throw new MailSendException(reason(e), e);
        }
    }

    static MailView view(Notification n) {
        CertificateState cert = n.certificate();
        String component = n.component() == null ? "Certificate" : n.component();
        String names = names(n);
        String subject = truncate(PREFIX + subject(n, component, names));
        return new MailView(subject, n.message(), n.code().name(), orNone(n.component()), orNone(n.listener()),
                slotValue(n.address(), "all addresses"), slotValue(n.serverName(), "default server name"),
                cert != null,
                cert == null ? MailView.NONE : cert.id(),
                cert == null ? MailView.NONE : cert.subject(),
                cert == null || cert.dnsNames().isEmpty() ? MailView.NONE : String.join(", ", cert.dnsNames()),
                cert == null ? MailView.NONE : cert.sha256(),
                cert == null ? MailView.NONE : AT.format(cert.notBefore()),
                cert == null ? MailView.NONE : AT.format(cert.notAfter()),
                n.component() == null ? "<component>" : n.component(),
                n.address() == null ? ANY : n.address(),
                n.serverName() == null ? ANY : n.serverName(),
                names);
    }

    private static String subject(Notification n, String component, String names) {
        CertificateState cert = n.certificate();
        return switch (n.code()) {
            case EXPIRING -> component + " certificate for " + names + " expires in " + days(n.daysLeft()) + " ("
                    + date(cert) + ")";
            case EXPIRED -> "EXPIRED: " + component + " certificate for " + names + " expired on " + date(cert);
            case MISSING -> "No valid certificate for " + component + " "
                    + (n.listener() != null ? n.listener() : n.address() != null ? n.address() : ANY);
            case CLIENT_CERT_EXPIRING -> "Client certificate for " + names + " expires in " + days(n.daysLeft())
                    + " (" + date(cert) + ")";
            case TRUSTED_CA_EXPIRING -> "Trusted CA certificate " + names + " expires in " + days(n.daysLeft())
                    + " (" + date(cert) + ")";
        };
    }

    /** What the certificate is for, as the operator knows it: the server name, else its DNS names, else its DN. */
    private static String names(Notification n) {
        Set<String> names = new LinkedHashSet<>();
        if (n.serverName() != null && !ANY.equals(n.serverName())) {
            names.add(n.serverName());
        }
        CertificateState cert = n.certificate();
        if (names.isEmpty() && cert != null) {
            names.addAll(cert.dnsNames().isEmpty() ? List.of(cert.subject()) : cert.dnsNames());
        }
        if (names.isEmpty()) {
            names.add(n.listener() != null ? n.listener() : MailView.NONE);
        }
        return String.join(", ", names);
    }

    private static String date(CertificateState cert) {
        return cert == null ? "date unknown" : DATE.format(cert.notAfter());
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static String slotValue(String value, String whenAny) {
        if (value == null) {
            return MailView.NONE;
        }
        return ANY.equals(value) ? whenAny : value;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? MailView.NONE : value;
    }

    private static String truncate(String subject) {
        String oneLine = subject.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= MAX_SUBJECT ? oneLine : oneLine.substring(0, MAX_SUBJECT - 3) + "...";
    }

    /** The innermost message: the SMTP client's own words, e.g. "Connection refused: /127.0.0.1:2525". */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
