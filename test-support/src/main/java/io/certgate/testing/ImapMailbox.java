package io.certgate.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

/** Reads a mailbox over IMAP, as a mail client would, so tests see what an administrator would receive. */
public final class ImapMailbox {

    /** One received mail as its reader sees it. */
    public record Mail(String subject, List<String> from, List<String> to, String text) {
        public Mail {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    private ImapMailbox() {
    }

    /** Fetches every message of the INBOX of {@code user} on the IMAP server at host:port. */
    public static List<Mail> read(String host, int port, String user, String password) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", host);
        properties.put("mail.imap.port", Integer.toString(port));
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(host, port, user, password);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    List<Mail> mails = new ArrayList<>();
                    for (Message message : inbox.getMessages()) {
                        mails.add(new Mail(message.getSubject(), addresses(message.getFrom()),
                                addresses(message.getRecipients(Message.RecipientType.TO)), text(message)));
                    }
                    return mails;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read the mailbox " + user + " over IMAP at " + host + ":"
                    + port + ": " + e.getMessage(), e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }
}
