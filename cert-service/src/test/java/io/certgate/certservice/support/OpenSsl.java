package io.certgate.certservice.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes test certificates with the {@code openssl} command line in a folder of the test's, so imports are checked
 * against another implementation's output, not only our own. Nothing made here is ever committed.
 */
public final class OpenSsl {

    private final Path dir;

    public OpenSsl(Path dir) {
        this.dir = dir;
    }

    /** A file of the working folder. */
    public Path file(String name) {
        return dir.resolve(name);
    }

    /** The text of a file of the working folder. */
    public String read(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a file of the working folder. */
    public byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a file into the working folder. */
    public Path write(String name, String text) {
        try {
            return Files.writeString(file(name), text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed CA: {@code name}.key and {@code name}.pem. */
    public OpenSsl ca(String name, String subject) {
        run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "30",
                "-subj", subject, "-keyout", name + ".key", "-out", name + ".pem",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return this;
    }

    /** Signs {@code csrFile} with CA {@code ca} into {@code out}; {@code extensions} as for an extfile. */
    public OpenSsl sign(String csrFile, String ca, String out, int days, String extensions) {
        write(out + ".ext", extensions);
        run("x509", "-req", "-in", csrFile, "-CA", ca + ".pem", "-CAkey", ca + ".key", "-CAcreateserial",
                "-days", Integer.toString(days), "-out", out, "-extfile", out + ".ext");
        return this;
    }

    /** A leaf key ({@code name}.key, RSA 2048) and certificate ({@code name}.pem) signed by {@code ca}. */
    public OpenSsl leaf(String name, String ca, String subject, String sans) {
        run("req", "-newkey", "rsa:2048", "-nodes", "-subj", subject, "-keyout", name + ".key", "-out",
                name + ".csr");
        return sign(name + ".csr", ca, name + ".pem", 30, "basicConstraints=critical,CA:FALSE\n"
                + "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n"
                + "subjectAltName=" + sans + "\n");
    }

    /** Runs openssl with these arguments in the working folder; fails with its output when it fails. */
    public String run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("openssl " + String.join(" ", args) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("openssl is not installed or cannot run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
