package io.certgate.certservice.pki;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * The DNS names and IP addresses a certificate or CSR is for. DNS names are RFC 1123 host names, lower-cased,
 * optionally with one leading {@code *.} wildcard label over at least two more labels (so never {@code *.com}); IP
 * addresses are IPv4 or IPv6 literals, kept in
 * canonical text form. Duplicates are dropped, order is kept.
 */
public record SubjectAltNames(List<String> dnsNames, List<String> ipAddresses) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final int MAX_DNS_NAME_LENGTH = 253;

    public SubjectAltNames {
        dnsNames = normalise(dnsNames, SubjectAltNames::dnsName);
        ipAddresses = normalise(ipAddresses, SubjectAltNames::ipAddress);
    }

    /** No alternative names at all. */
    public static SubjectAltNames none() {
        return new SubjectAltNames(List.of(), List.of());
    }

    /** Only DNS names. */
    public static SubjectAltNames dns(String... dnsNames) {
        return new SubjectAltNames(List.of(dnsNames), List.of());
    }

    public boolean isEmpty() {
        return dnsNames.isEmpty() && ipAddresses.isEmpty();
    }

    GeneralNames toGeneralNames() {
        List<GeneralName> names = new ArrayList<>();
        dnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress,
                new DEROctetString(IpAddresses.parse(ip).orElseThrow()))));
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static List<String> normalise(List<String> values, UnaryOperator<String> check) {
        Objects.requireNonNull(values, "values");
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null) {
                throw new PkiException(PkiError.INVALID_SAN, "A subject alternative name is missing (null).");
            }
            result.add(check.apply(value));
        }
        return List.copyOf(result);
    }

    private static String dnsName(String value) {
        String name = value.toLowerCase(Locale.ROOT);
        String host = name.startsWith("*.") ? name.substring(2) : name;
        String[] labels = host.split("\\.", -1);
        boolean valid = !host.isEmpty() && name.length() <= MAX_DNS_NAME_LENGTH;
        for (String label : labels) {
            valid &= LABEL.matcher(label).matches();
        }
        // An all-numeric last label is an IP address typed into the wrong list (RFC 3696, section 2).
        valid &= labels.length > 0 && !labels[labels.length - 1].chars().allMatch(Character::isDigit);
        // "*.com" would cover a whole top-level domain.
        valid &= !name.startsWith("*.") || labels.length >= 2;
        if (!valid) {
            throw new PkiException(PkiError.INVALID_SAN, "'" + printable(value)
                    + "' is not a valid DNS name (letters, digits and hyphens in dot-separated labels, optionally starting with '*.').");
        }
        return name;
    }

    private static String ipAddress(String value) {
        return IpAddresses.parse(value)
                .map(IpAddresses::format)
                .orElseThrow(() -> new PkiException(PkiError.INVALID_SAN,
                        "'" + printable(value) + "' is not a valid IPv4 or IPv6 address."));
    }

    /** The offending value goes back to the user; keep it short and free of control characters. */
    private static String printable(String value) {
        String shortened = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return shortened.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
