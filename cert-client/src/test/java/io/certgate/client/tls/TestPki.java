package io.certgate.client.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Self-signed test certificates made with the openssl command at test time, so no key is ever committed. */
final class TestPki {

    /** A certificate and its key, both PEM. */
    record Pair(String certificatePem, String keyPem) {
    }

    private TestPki() {
    }

    static Pair ec(Path dir, String name) {
        return generate(dir, name, List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"));
    }

    static Pair rsa(Path dir, String name) {
        return generate(dir, name, List.of("-newkey", "rsa:2048"));
    }

    private static Pair generate(Path dir, String name, List<String> keyOptions) {
        Path key = dir.resolve(name + "-key.pem");
        Path certificate = dir.resolve(name + "-cert.pem");
        List<String> command = new ArrayList<>(List.of("openssl", "req", "-x509"));
        command.addAll(keyOptions);
        command.addAll(List.of("-nodes", "-days", "30", "-subj", "/CN=" + name, "-keyout", key.toString(), "-out",
                certificate.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(name + ".log").toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("openssl failed: " + Files.readString(dir.resolve(name + ".log")));
            }
            return new Pair(Files.readString(certificate, StandardCharsets.US_ASCII),
                    Files.readString(key, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("openssl could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while openssl ran", e);
        }
    }
}
