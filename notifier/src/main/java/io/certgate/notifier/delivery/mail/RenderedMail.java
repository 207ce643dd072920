package io.certgate.notifier.delivery.mail;

import java.util.List;
import java.util.Objects;

/** A notification mail ready to send: recipients, subject and both bodies. */
public record RenderedMail(List<String> recipients, String subject, String html, String text) {

    public RenderedMail {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a mail needs at least one recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
