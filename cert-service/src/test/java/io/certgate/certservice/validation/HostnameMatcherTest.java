package io.certgate.certservice.validation;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.certgate.certservice.validation.TestPki.Spec;

import static io.certgate.certservice.validation.TestPki.certificate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Host name and IP address matching as RFC 6125 clients do it, and the reasons a client sees on a mismatch. */
class HostnameMatcherTest {

    /** One key for every certificate here: matching never looks at the key, and key generation is the slow part. */
    private static final KeyPair KEY = TestPki.ecKey();

    static Stream<Arguments> matching() {
        return Stream.of(
                arguments("exact DNS name", cert("files.example.com").dnsNames("files.example.com"),
                        "files.example.com", true),
                arguments("DNS names compare case-insensitively", cert("x").dnsNames("Files.Example.COM"),
                        "FILES.example.com", true),
                arguments("a trailing dot on the host is the same name", cert("x").dnsNames("files.example.com"),
                        "files.example.com.", true),
                arguments("one of several DNS names", cert("x").dnsNames("www.example.com", "ftp.example.com"),
                        "ftp.example.com", true),
                arguments("another DNS name", cert("x").dnsNames("www.example.com"), "ftp.example.com", false),
                arguments("wildcard covers one label", cert("x").dnsNames("*.example.com"), "a.example.com", true),
                arguments("wildcard does not cover the bare domain", cert("x").dnsNames("*.example.com"),
                        "example.com", false),
                arguments("wildcard does not cover two labels", cert("x").dnsNames("*.example.com"),
                        "a.b.example.com", false),
                arguments("partial-label wildcard matches nothing", cert("x").dnsNames("f*.example.com"),
                        "foo.example.com", false),
                arguments("wildcard not in the left-most label matches nothing", cert("x").dnsNames("a.*.example.com"),
                        "a.b.example.com", false),
                arguments("wildcard over a top-level domain matches nothing", cert("x").dnsNames("*.com"),
                        "example.com", false),
                arguments("IPv4 address SAN", cert("x").ipAddresses("192.168.3.15"), "192.168.3.15", true),
                arguments("other IPv4 address", cert("x").ipAddresses("192.168.3.15"), "192.168.3.16", false),
                arguments("IP address written as a DNS name does not count", cert("x").dnsNames("192.168.3.15"),
                        "192.168.3.15", false),
                arguments("wildcard never covers an IP address", cert("x").dnsNames("*.168.3.15"), "192.168.3.15",
                        false),
                arguments("IP address SAN does not cover a DNS name", cert("x").ipAddresses("192.168.3.15"),
                        "files.example.com", false),
                arguments("IPv6 address in another spelling", cert("x").ipAddresses("2001:db8::1"),
                        "2001:DB8:0:0:0:0:0:1", true),
                arguments("IPv6 address in brackets", cert("x").ipAddresses("::1"), "[::1]", true),
                arguments("IPv4-mapped IPv6 host matches the IPv4 SAN", cert("x").ipAddresses("192.168.3.15"),
                        "::ffff:192.168.3.15", true),
                arguments("other IPv6 address", cert("x").ipAddresses("2001:db8::1"), "2001:db8::2", false),
                arguments("CN counts when there are no SANs", cert("files.example.com"), "files.example.com", true),
                arguments("CN is ignored when there are SANs", cert("files.example.com").dnsNames("www.example.com"),
                        "files.example.com", false),
                arguments("CN is ignored when the only SAN is an IP address",
                        cert("files.example.com").ipAddresses("192.168.3.15"), "files.example.com", false),
                arguments("IP address in the CN never covers an IP host", cert("192.168.3.15"), "192.168.3.15",
                        false),
                arguments("CN \"dotnet\" does not cover 192.168.3.15", cert("dotnet"), "192.168.3.15", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matching")
    void matchesLikeTlsClients(String description, Spec spec, String host, boolean expected) {
        // Given
        X509Certificate certificate = spec.selfSigned().certificate();

        // When
        boolean matches = HostnameMatcher.matches(certificate, host);

        // Then
        assertThat(matches).isEqualTo(expected);
        assertThat(HostnameMatcher.explainMismatch(certificate, host).isEmpty()).isEqualTo(expected);
    }

    static Stream<Arguments> explanations() {
        return Stream.of(
                arguments(cert("dotnet"), "192.168.3.15", "certificate is for \"dotnet\", host was 192.168.3.15"),
                arguments(cert("dotnet").dnsNames("dotnet"), "192.168.3.15",
                        "certificate is for \"dotnet\", host was 192.168.3.15"),
                arguments(cert("x").dnsNames("files.example.com").ipAddresses("10.0.0.5"), "192.168.3.15",
                        "certificate is for \"files.example.com\", IP address \"10.0.0.5\", host was 192.168.3.15"),
                arguments(cert("x").dnsNames("192.168.3.15"), "192.168.3.15",
                        "certificate is for \"192.168.3.15\", host was 192.168.3.15 (an IP address only matches an"
                                + " IP address entry in the subject alternative names)"),
                arguments(cert("www.example.com").dnsNames("other.example.com"), "www.example.com",
                        "certificate is for \"other.example.com\", host was www.example.com (the subject CN"
                                + " \"www.example.com\" is not used because the certificate has subject alternative"
                                + " names)"),
                arguments(cert("x").dnsNames("*.example.com"), "a.b.example.com",
                        "certificate is for \"*.example.com\", host was a.b.example.com (\"*.example.com\" covers"
                                + " exactly one label in place of \"*\")"),
                arguments(cert("x").dnsNames("f*.example.com"), "foo.example.com",
                        "certificate is for \"f*.example.com\", host was foo.example.com (\"f*.example.com\" is not"
                                + " a usable wildcard: \"*\" must be the whole left-most label)"));
    }

    @ParameterizedTest(name = "host {1}: {2}")
    @MethodSource("explanations")
    void explainsAMismatchWithBothNames(Spec spec, String host, String expected) {
        // Given
        X509Certificate certificate = spec.selfSigned().certificate();

        // When
        var explanation = HostnameMatcher.explainMismatch(certificate, host);

        // Then
        assertThat(explanation).contains(expected);
    }

    private static Spec cert(String commonName) {
        return certificate(commonName).key(KEY);
    }
}
