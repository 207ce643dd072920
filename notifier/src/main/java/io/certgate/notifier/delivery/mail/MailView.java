package io.certgate.notifier.delivery.mail;

/**
 * The values one notification mail shows, already worded; absent values read {@value #NONE}. The templates escape
 * them for HTML, so they hold plain text.
 */
public record MailView(String subject, String summary, String reason, String component, String listener,
        String address, String serverName, boolean hasCertificate, String certificateId, String certificateSubject,
        String dnsNames, String sha256, String notBefore, String notAfter, String bindingComponent,
        String bindingAddress, String bindingServerName, String names) {

    /** How an absent value is shown. */
    public static final String NONE = "-";
}
