package io.certgate.notifier.delivery.mail;

/** The SMTP server did not accept a notification mail; the reason is safe to log. */
public class MailSendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailSendException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
