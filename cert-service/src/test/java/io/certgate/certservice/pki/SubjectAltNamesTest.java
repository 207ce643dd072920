package io.certgate.certservice.pki;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectAltNamesTest {

    @Test
    void lowerCasesAndKeepsValidDnsNamesInOrderWithoutDuplicates() {
        SubjectAltNames sans = new SubjectAltNames(
                List.of("FTP.Example.COM", "*.files.example.com", "localhost", "xn--bcher-kva.example",
                        "ftp.example.com"),
                List.of());

        assertThat(sans.dnsNames())
                .containsExactly("ftp.example.com", "*.files.example.com", "localhost", "xn--bcher-kva.example");
    }

    @Test
    void keepsIpAddressesInCanonicalForm() {
        SubjectAltNames sans = new SubjectAltNames(List.of(),
                List.of("192.0.2.10", "2001:DB8:0:0:0:0:0:1", "::1", "fe80::1:0:0:2", "0.0.0.0", "::",
                        "::ffff:192.0.2.1",
                        "2001:db8::1"));

        assertThat(sans.ipAddresses())
                .containsExactly("192.0.2.10", "2001:db8::1", "::1", "fe80::1:0:0:2", "0.0.0.0", "::",
                        "::ffff:c000:201");
    }

    @Test
    void compressesOnlyTheLongestRunOfZeroGroups() {
        SubjectAltNames sans = new SubjectAltNames(List.of(), List.of("2001:0:0:1:0:0:0:1", "2001:db8:0:1:1:1:1:1"));

        assertThat(sans.ipAddresses()).containsExactly("2001:0:0:1::1", "2001:db8:0:1:1:1:1:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exa mple.com", "*.*.example.com", "foo..bar", "<script>", "", ".example.com",
            "example.com.", "-foo.example.com", "foo-.example.com", "under_score.example.com", "*.com", "*.",
            "ftp.*.example.com", "192.0.2.1", "256.1.1.1", "bücher.example", "host\u0000.example.com"})
    void refusesInvalidDnsNames(String name) {
        assertThatThrownBy(() -> SubjectAltNames.dns(name))
                .isInstanceOfSatisfying(PkiException.class, e -> {
                    assertThat(e.code()).isEqualTo(PkiError.INVALID_SAN);
                    assertThat(e.getMessage()).contains("'" + name.replace('\u0000', '?') + "'");
                });
    }

    @Test
    void refusesLabelLongerThan63AndNamesLongerThan253() {
        String longLabel = "a".repeat(64) + ".example.com";
        String longName = ("a".repeat(60) + ".").repeat(5) + "com";

        assertThatThrownBy(() -> SubjectAltNames.dns(longLabel)).isInstanceOf(PkiException.class);
        assertThatThrownBy(() -> SubjectAltNames.dns(longName)).isInstanceOf(PkiException.class);
        assertThat(SubjectAltNames.dns("a".repeat(63) + ".example.com").dnsNames()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4", "example.com", "localhost",
            "1::2::3", "2001:db8::1%eth0", "12345::1", ":::1", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "::g",
            "192.0.2.1/24", " 192.0.2.1", ""})
    void refusesInvalidIpAddresses(String ip) {
        assertThatThrownBy(() -> new SubjectAltNames(List.of(), List.of(ip)))
                .isInstanceOfSatisfying(PkiException.class, e -> {
                    assertThat(e.code()).isEqualTo(PkiError.INVALID_SAN);
                    assertThat(e.getMessage()).contains("'" + ip + "'");
                });
    }

    @Test
    void copiesTheListsItWasGiven() {
        List<String> names = new ArrayList<>(List.of("a.example.com"));
        SubjectAltNames sans = new SubjectAltNames(names, List.of());

        names.add("b.example.com");

        assertThat(sans.dnsNames()).containsExactly("a.example.com");
        assertThatThrownBy(() -> sans.dnsNames().add("c.example.com"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullEntry() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);

        assertThatThrownBy(() -> new SubjectAltNames(withNull, List.of()))
                .isInstanceOfSatisfying(PkiException.class, e -> assertThat(e.code()).isEqualTo(PkiError.INVALID_SAN));
    }
}
