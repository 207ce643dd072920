package io.certgate.client.tls;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaterialLoaderTest {

    private static final Clock NOW = Clock.systemUTC();
    // openssl 3.0 cannot back-date a certificate; a clock far ahead makes the 30-day ones expired instead.
    private static final Clock IN_TEN_YEARS = Clock.fixed(Instant.now().plusSeconds(10L * 365 * 24 * 3600),
            ZoneOffset.UTC);

    @TempDir
    static Path dir;

    static TestPki.Pair ec;
    static TestPki.Pair rsa;
    static TestPki.Pair otherEc;

    @BeforeAll
    static void makeCertificates() {
        ec = TestPki.ec(dir, "ec.example.com");
        rsa = TestPki.rsa(dir, "rsa.example.com");
        otherEc = TestPki.ec(dir, "other.example.com");
    }

    static ServedBinding binding(String chainPem, String keyPem) {
        return new ServedBinding(UUID.randomUUID(), "*", "", UUID.randomUUID(), "ab12", Instant.now(), chainPem,
                keyPem);
    }

    static TlsMaterial material(ServedBinding... bindings) {
        return new TlsMaterial("FTP", "v1", List.of(bindings), List.of());
    }

    @Test
    void loadsGoodEcAndRsaBindings() {
        // Given
        ServedBinding ecBinding = new ServedBinding(UUID.randomUUID(), "::1", "FTP.Example.com.", UUID.randomUUID(),
                "ab12", Instant.now(), ec.certificatePem(), ec.keyPem());
        ServedBinding rsaBinding = binding(rsa.certificatePem(), rsa.keyPem());

        // When
        LoadedMaterial loaded = MaterialLoader.load(material(ecBinding, rsaBinding), NOW);

        // Then
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.isComplete()).isTrue();
        assertThat(loaded.bindings()).hasSize(2);
        LoadedBinding first = loaded.bindings().getFirst();
        assertThat(first.bindingId()).isEqualTo(ecBinding.bindingId());
        assertThat(first.address()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(first.serverName()).isEqualTo("ftp.example.com");
        assertThat(first.key().getAlgorithm()).isEqualTo("EC");
        assertThat(first.chain()).hasSize(1);
        assertThat(first.leaf().getSubjectX500Principal().getName()).isEqualTo("CN=ec.example.com");
        assertThat(first.notAfter()).isEqualTo(first.leaf().getNotAfter().toInstant());
        assertThat(loaded.bindings().get(1).key().getAlgorithm()).isEqualTo("RSA");
    }

    static Stream<Arguments> badBindings() {
        return Stream.of(
                Arguments.of("EC key of another certificate", ec.certificatePem(), otherEc.keyPem(), NOW,
                        "key does not belong to the certificate"),
                Arguments.of("RSA key for an EC certificate", ec.certificatePem(), rsa.keyPem(), NOW,
                        "key is RSA but the certificate's key is EC"),
                Arguments.of("expired at the clock", ec.certificatePem(), ec.keyPem(), IN_TEN_YEARS,
                        "certificate expired at"),
                Arguments.of("not yet valid at the clock", ec.certificatePem(), ec.keyPem(),
                        Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC),
                        "certificate is not valid before"),
                Arguments.of("garbage chain", "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
                        ec.keyPem(), NOW, "chain is not PEM X.509 certificates"),
                Arguments.of("garbage key", ec.certificatePem(),
                        "-----BEGIN PRIVATE KEY-----\nAAAAbm90IGEga2V5\n-----END PRIVATE KEY-----\n", NOW,
                        "key is neither an RSA nor an EC PKCS#8 key"),
                Arguments.of("key that is not PEM at all", ec.certificatePem(), "secret", NOW,
                        "key is not a PKCS#8 PEM private key"),
                Arguments.of("traditional EC key format", ec.certificatePem(),
                        "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n", NOW,
                        "key is not a PKCS#8 PEM private key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBindings")
    void leavesOutABadBindingWithAReason(String name, String chainPem, String keyPem, Clock clock, String reason) {
        // Given
        ServedBinding bad = binding(chainPem, keyPem);

        // When
        LoadedMaterial loaded = MaterialLoader.load(material(bad), clock);

        // Then
        assertThat(loaded.bindings()).isEmpty();
        assertThat(loaded.isComplete()).isFalse();
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.bindingId()).isEqualTo(bad.bindingId());
            assertThat(problem.certificateId()).isEqualTo(bad.certificateId());
            assertThat(problem.reason()).startsWith(reason).doesNotContain("PRIVATE KEY");
        });
    }

    @Test
    void keepsTheGoodBindingsWhenOneIsBad() {
        // Given
        ServedBinding bad = binding(ec.certificatePem(), otherEc.keyPem());
        ServedBinding good = binding(rsa.certificatePem(), rsa.keyPem());

        // When
        LoadedMaterial loaded = MaterialLoader.load(material(bad, good), NOW);

        // Then
        assertThat(loaded.bindings()).extracting(LoadedBinding::bindingId).containsExactly(good.bindingId());
        assertThat(loaded.problems()).extracting(LoadProblem::bindingId).containsExactly(bad.bindingId());
    }

    @Test
    void leavesOutABindingWhoseAddressIsAHostName() {
        // Given: a host name would need DNS, which selection never does
        ServedBinding named = new ServedBinding(UUID.randomUUID(), "ftp.example.com", "", UUID.randomUUID(), "ab",
                Instant.now(), ec.certificatePem(), ec.keyPem());

        // When
        LoadedMaterial loaded = MaterialLoader.load(material(named), NOW);

        // Then
        assertThat(loaded.bindings()).isEmpty();
        assertThat(loaded.problems()).singleElement()
                .extracting(LoadProblem::reason)
                .isEqualTo("address 'ftp.example.com' is neither * nor an IP");
    }

    @Test
    void loadsTrustedCasAndReportsTheUnreadableOnes() {
        // Given
        TrustedCa good = new TrustedCa(UUID.randomUUID(), "CN=ec.example.com", "ab", ec.certificatePem());
        TrustedCa bad = new TrustedCa(UUID.randomUUID(), "CN=x", "cd", "nonsense");
        TlsMaterial material = new TlsMaterial("HTTPS", "v2", List.of(), List.of(good, bad));

        // When
        LoadedMaterial loaded = MaterialLoader.load(material, NOW);

        // Then
        assertThat(loaded.trustedCas()).extracting(c -> c.getSubjectX500Principal().getName())
                .containsExactly("CN=ec.example.com");
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.bindingId()).isNull();
            assertThat(problem.certificateId()).isEqualTo(bad.certificateId());
        });
    }

    @Test
    void neverShowsTheKeyInToString() {
        // Given
        ServedBinding served = binding(ec.certificatePem(), ec.keyPem());
        LoadedMaterial loaded = MaterialLoader.load(material(served), NOW);

        // Then
        assertThat(served.toString()).doesNotContain("PRIVATE KEY").doesNotContain(keyBody(ec.keyPem()));
        assertThat(material(served).toString()).doesNotContain("PRIVATE KEY");
        assertThat(loaded.bindings().getFirst().toString()).doesNotContain("PRIVATE KEY");
    }

    @Test
    void refusesMissingMaterial() {
        assertThatThrownBy(() -> MaterialLoader.load(null, NOW)).isInstanceOf(InvalidMaterialException.class);
    }

    private static String keyBody(String pem) {
        return pem.lines().filter(line -> !line.startsWith("-----")).findFirst().orElseThrow();
    }
}
