package io.certgate.certservice.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the openssl command line in a working directory, so tests check interoperability with the real tool. */
final class OpenSsl {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path dir;

    OpenSsl(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    /** Runs openssl and returns standard output and error; fails the test if it exits non-zero. */
    String run(String... args) {
        Result result = tryRun(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed (" + result.exitCode() + "): "
                    + result.output());
        }
        return result.output();
    }

    /** Runs openssl and returns its exit code and output without judging them. */
    Result tryRun(String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile(dir, "openssl", ".out");
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("openssl " + String.join(" ", args) + " timed out");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    byte[] read(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String readString(String name) {
        return new String(read(name), StandardCharsets.US_ASCII);
    }

    void write(String name, byte[] content) {
        try {
            Files.write(path(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String name, String content) {
        write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Concatenates files, as users do when they build a bundle by hand. */
    byte[] concat(String... names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(readString(name));
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Loads a certificate with the JDK alone, independent of the code under test. */
    X509Certificate certificate(String name) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(Files.newInputStream(path(name)));
        } catch (CertificateException | IOException e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
