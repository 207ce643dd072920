package io.certgate.testing;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts GreenMail, a real SMTP and IMAP server, on free loopback ports with the mailbox
 * {@value #MAILBOX} (password {@value #PASSWORD}), and points Quarkus Mailer at it with mocking off.
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    /** The administrators' mailbox that notifications go to in tests and in the local stack. */
    public static final String MAILBOX = "admin@certgate.local";
    /** Password of {@link #MAILBOX} for IMAP logins. */
    public static final String PASSWORD = "admin";

    private static volatile int smtpPort;
    private static volatile int imapPort;

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        smtpPort = FreePorts.next();
        imapPort = FreePorts.next();
        greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.setUser(MAILBOX, MAILBOX, PASSWORD);
        greenMail.start();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(smtpPort),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.auth-methods", "DIGEST-MD5 CRAM-SHA256 CRAM-SHA1 CRAM-MD5 PLAIN LOGIN");
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** SMTP port of the running server. */
    public static int smtpPort() {
        return smtpPort;
    }

    /** IMAP port of the running server. */
    public static int imapPort() {
        return imapPort;
    }
}
