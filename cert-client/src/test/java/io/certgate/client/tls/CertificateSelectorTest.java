package io.certgate.client.tls;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateSelectorTest {

    @TempDir
    static Path dir;

    static X509Certificate[] chain;
    static PrivateKey key;

    @BeforeAll
    static void makeCertificate() {
        // Selection only looks at address and server name; one real pair serves every binding of the table.
        TestPki.Pair pair = TestPki.ec(dir, "selector.example.com");
        LoadedMaterial loaded = MaterialLoader.load(new TlsMaterial("FTP", "v", List.of(new ServedBinding(
                UUID.randomUUID(), "*", "", UUID.randomUUID(), "ab", Instant.now(), pair.certificatePem(),
                pair.keyPem())), List.of()), Clock.systemUTC());
        chain = loaded.bindings().getFirst().chain();
        key = loaded.bindings().getFirst().key();
    }

    /** A binding named by its place in the table, so failures read well. */
    static LoadedBinding binding(String name, String address, String serverName) {
        return new LoadedBinding(UUID.nameUUIDFromBytes(name.getBytes()), address, serverName, name,
                Instant.now(), chain, key);
    }

    static List<LoadedBinding> all() {
        return List.of(
                binding("addr+sni", "10.0.0.1", "ftp.example.com"),
                binding("addr-default", "10.0.0.1", ""),
                binding("any+sni", "*", "ftp.example.com"),
                binding("any-default", "*", ""),
                binding("v6+sni", "2001:db8::1", "ftp.example.com"),
                binding("v6-default", "2001:0db8:0000:0000:0000:0000:0000:0001", "other.example.com"),
                binding("loopback6", "::1", ""),
                binding("mapped", "127.0.0.2", ""),
                binding("sni-only-address", "10.0.0.9", "only.example.com"));
    }

    static Stream<Arguments> selections() {
        return Stream.of(
                // local address, SNI, expected binding (sha256 carries the name) or null for none
                Arguments.of("10.0.0.1", "ftp.example.com", "addr+sni"),
                Arguments.of("10.0.0.1", null, "addr-default"),
                Arguments.of("10.0.0.1", "unknown.example.com", "addr-default"),
                Arguments.of("10.0.0.2", "ftp.example.com", "any+sni"),
                Arguments.of("10.0.0.2", null, "any-default"),
                Arguments.of("10.0.0.2", "unknown.example.com", "any-default"),
                Arguments.of("10.0.0.1", "FTP.Example.COM", "addr+sni"),
                Arguments.of("10.0.0.1", "ftp.example.com.", "addr+sni"),
                Arguments.of("10.0.0.1", "", "addr-default"),
                Arguments.of("2001:db8:0:0:0:0:0:1", "ftp.example.com", "v6+sni"),
                Arguments.of("[2001:DB8::1]", "other.example.com", "v6-default"),
                Arguments.of("2001:db8::1", null, "any-default"),
                Arguments.of("0:0:0:0:0:0:0:1", null, "loopback6"),
                Arguments.of("::1", null, "loopback6"),
                Arguments.of("::ffff:127.0.0.2", null, "mapped"),
                Arguments.of("0:0:0:0:0:ffff:7f00:2", null, "mapped"),
                Arguments.of("fe80::1%eth0", null, "any-default"),
                Arguments.of("10.0.0.9", null, "any-default"),
                Arguments.of("10.0.0.9", "only.example.com", "sni-only-address"),
                Arguments.of("10.0.0.9", "ftp.example.com", "any+sni"),
                Arguments.of("not-an-ip.example.com", "ftp.example.com", "any+sni"),
                Arguments.of(null, null, "any-default"));
    }

    @ParameterizedTest(name = "{0} with SNI {1} -> {2}")
    @MethodSource("selections")
    void choosesByPrecedence(String localAddress, String sni, String expected) {
        // Given
        CertificateSelector selector = new CertificateSelector(all());

        // When
        Optional<LoadedBinding> chosen = selector.select(localAddress, Optional.ofNullable(sni));

        // Then
        assertThat(chosen).map(LoadedBinding::sha256).contains(expected);
    }

    static Stream<Arguments> withoutWildcard() {
        return Stream.of(
                Arguments.of("10.0.0.2", null, null),
                Arguments.of("10.0.0.2", "ftp.example.com", null),
                Arguments.of("10.0.0.1", "unknown.example.com", null),
                Arguments.of("10.0.0.1", "ftp.example.com", "addr+sni"),
                Arguments.of("10.0.0.1", null, null),
                Arguments.of("::ffff:10.0.0.3", null, "addr-default"),
                Arguments.of("1:2:3", null, null),
                Arguments.of("g::1", null, null));
    }

    @ParameterizedTest(name = "{0} with SNI {1} -> {2}")
    @MethodSource("withoutWildcard")
    void findsNothingWithoutAMatchingBinding(String localAddress, String sni, String expected) {
        // Given: only address bindings, no "*"
        CertificateSelector selector = new CertificateSelector(List.of(
                binding("addr+sni", "10.0.0.1", "ftp.example.com"),
                binding("addr-default", "10.0.0.3", "")));

        // When
        Optional<LoadedBinding> chosen = selector.select(localAddress, Optional.ofNullable(sni));

        // Then
        assertThat(chosen.map(LoadedBinding::sha256).orElse(null)).isEqualTo(expected);
    }

    @Test
    void listsTheDistinctSpecificAddresses() {
        // Given
        CertificateSelector selector = new CertificateSelector(all());

        // Then: the two notations of 2001:db8::1 are one address, and "*" is not listed
        assertThat(selector.addresses()).containsExactly("10.0.0.1", "2001:db8:0:0:0:0:0:1", "0:0:0:0:0:0:0:1",
                "127.0.0.2", "10.0.0.9");
    }

    @Test
    void keepsTheFirstOfTwoBindingsForTheSameAddressAndName() {
        // Given
        CertificateSelector selector = new CertificateSelector(List.of(binding("first", "::1", ""),
                binding("second", "0:0:0:0:0:0:0:1", "")));

        // Then
        assertThat(selector.select("::1", Optional.empty())).map(LoadedBinding::sha256).contains("first");
    }

    static Stream<Arguments> listeners() {
        return Stream.of(
                Arguments.of(List.of(binding("a", "10.0.0.1", "")), "10.0.0.1", true),
                Arguments.of(List.of(binding("a", "10.0.0.1", "")), "10.0.0.2", false),
                Arguments.of(List.of(binding("a", "10.0.0.1", "ftp.example.com")), "10.0.0.1", false),
                Arguments.of(List.of(binding("a", "*", "")), "10.0.0.2", true),
                Arguments.of(List.of(binding("a", "*", "ftp.example.com")), "10.0.0.2", false),
                Arguments.of(List.of(), "10.0.0.2", false));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("listeners")
    void tellsWhetherAListenerCanServeAClientWithoutSni(List<LoadedBinding> bindings, String address,
            boolean expected) {
        // Given
        Listeners listeners = new Listeners(new CertificateSelector(bindings));

        // Then
        assertThat(listeners.hasValidCertificate(address)).isEqualTo(expected);
        assertThat(listeners.withoutValidCertificate(List.of(address))).hasSize(expected ? 0 : 1);
    }
}
