package io.certgate.certservice.validation;

import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * Matches the host a client connects to against a certificate the way TLS clients do (RFC 6125), and explains a
 * mismatch. IP literals match only IP address entries; DNS names match dNSName entries, where a wildcard stands for
 * exactly one whole left-most label; the subject CN counts only when the certificate has no subjectAltName at all.
 * Nothing is ever resolved through DNS.
 */
public final class HostnameMatcher {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    private HostnameMatcher() {
    }

    /** Whether the certificate covers the host, a DNS name or an IPv4/IPv6 literal (brackets allowed). */
    public static boolean matches(X509Certificate certificate, String host) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(host, "host");
        return matches(Names.of(certificate), Host.parse(host));
    }

    /**
     * Why the certificate does not cover the host, e.g. {@code certificate is for "dotnet", host was 192.168.3.15};
     * empty when it does.
     */
    public static Optional<String> explainMismatch(X509Certificate certificate, String host) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(host, "host");
        Names names = Names.of(certificate);
        Host parsed = Host.parse(host);
        if (matches(names, parsed)) {
            return Optional.empty();
        }
        List<String> covered = new ArrayList<>();
        names.effectiveDnsNames().forEach(name -> covered.add("\"" + name + "\""));
        names.ipAddresses().forEach(ip -> covered.add("IP address \"" + display(ip) + "\""));
        String message = "certificate is for " + (covered.isEmpty() ? "no host name" : String.join(", ", covered))
                + ", host was " + parsed.text();
        List<String> hints = hints(names, parsed);
        return Optional.of(hints.isEmpty() ? message : message + " (" + String.join("; ", hints) + ")");
    }

    private static boolean matches(Names names, Host host) {
        if (host.ip() != null) {
            return names.ipAddresses().stream().anyMatch(ip -> Arrays.equals(ip, host.ip()));
        }
        return names.effectiveDnsNames().stream().anyMatch(pattern -> dnsMatches(pattern, host.dns()));
    }

    /** The explanations that keep a mismatch from looking like a contradiction to the reader. */
    private static List<String> hints(Names names, Host host) {
        List<String> hints = new ArrayList<>();
        if (host.ip() != null) {
            boolean ipWrittenAsName = names.effectiveDnsNames()
                    .stream()
                    .map(name -> Host.parse(name).ip())
                    .anyMatch(ip -> ip != null && Arrays.equals(ip, host.ip()));
            if (ipWrittenAsName) {
                hints.add("an IP address only matches an IP address entry in the subject alternative names");
            }
            return hints;
        }
        if (names.hasSubjectAltNames()) {
            names.commonName()
                    .filter(cn -> dnsMatches(cn, host.dns()))
                    .ifPresent(cn -> hints.add("the subject CN \""
                            + cn + "\" is not used because the certificate has subject alternative names"));
        }
        for (String pattern : names.effectiveDnsNames()) {
            if (!pattern.contains("*")) {
                continue;
            }
            if (!isValidWildcard(normalise(pattern))) {
                hints.add("\"" + pattern + "\" is not a usable wildcard: \"*\" must be the whole left-most label");
            } else if (host.dns().endsWith(normalise(pattern).substring(2))) {
                hints.add("\"" + pattern + "\" covers exactly one label in place of \"*\"");
            }
        }
        return hints;
    }

    /** RFC 6125 6.4.3, strictly: only a whole left-most "*" label, never over a public top-level name alone. */
    private static boolean dnsMatches(String pattern, String host) {
        String normalised = normalise(pattern);
        if (normalised.isEmpty() || host.isEmpty() || host.contains("*")) {
            return false;
        }
        if (!normalised.contains("*")) {
            return normalised.equals(host);
        }
        if (!isValidWildcard(normalised)) {
            return false;
        }
        String suffix = normalised.substring(1);
        if (!host.endsWith(suffix)) {
            return false;
        }
        String label = host.substring(0, host.length() - suffix.length());
        return !label.isEmpty() && label.indexOf('.') < 0;
    }

    private static boolean isValidWildcard(String pattern) {
        return pattern.startsWith("*.") && pattern.indexOf('*', 1) < 0 && pattern.indexOf('.', 2) > 0;
    }

    /** Lower case, no trailing dot, internationalised names in their ASCII (xn--) form. */
    private static String normalise(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower;
        }
        try {
            return IDN.toASCII(lower).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return lower;
        }
    }

    private static String display(byte[] ip) {
        try {
            return InetAddress.getByAddress(ip).getHostAddress();
        } catch (UnknownHostException e) {
            // Only 4- and 16-byte addresses get here, which getByAddress always accepts.
            throw new IllegalStateException(e);
        }
    }

    /** An IPv4 literal as 4 bytes, an IPv6 literal as 16 (4 when it is an IPv4-mapped address), otherwise null. */
    static byte[] parseIpLiteral(String text) {
        String literal = text;
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        Matcher ipv4 = IPV4.matcher(literal);
        if (ipv4.matches()) {
            return parseIpv4(ipv4);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        return literal.contains(":") ? normaliseIp(parseIpv6(literal)) : null;
    }

    private static byte[] parseIpv4(Matcher ipv4) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(ipv4.group(i + 1));
            if (octet > 255) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    private static byte[] parseIpv6(String literal) {
        int gap = literal.indexOf("::");
        if (gap >= 0 && literal.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> head = gap >= 0 ? ipv6Groups(literal.substring(0, gap), false) : ipv6Groups(literal, true);
        List<Integer> tail = gap >= 0 ? ipv6Groups(literal.substring(gap + 2), true) : List.of();
        if (head == null || tail == null) {
            return null;
        }
        int groups = head.size() + tail.size();
        if (gap >= 0 ? groups > 7 : groups != 8) {
            return null;
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < head.size(); i++) {
            putGroup(bytes, i, head.get(i));
        }
        for (int i = 0; i < tail.size(); i++) {
            putGroup(bytes, 8 - tail.size() + i, tail.get(i));
        }
        return bytes;
    }

    /** 16-bit groups of one side of "::"; an embedded IPv4 address may end the last side. Null when malformed. */
    private static List<Integer> ipv6Groups(String part, boolean last) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            Matcher ipv4 = IPV4.matcher(piece);
            if (last && i == pieces.length - 1 && ipv4.matches()) {
                byte[] v4 = parseIpv4(ipv4);
                if (v4 == null) {
                    return null;
                }
                groups.add((v4[0] & 0xff) << 8 | (v4[1] & 0xff));
                groups.add((v4[2] & 0xff) << 8 | (v4[3] & 0xff));
            } else if (HEX_GROUP.matcher(piece).matches()) {
                groups.add(Integer.parseInt(piece, 16));
            } else {
                return null;
            }
        }
        return groups;
    }

    private static void putGroup(byte[] bytes, int index, int group) {
        bytes[2 * index] = (byte) (group >> 8);
        bytes[2 * index + 1] = (byte) group;
    }

    /** IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are the IPv4 address, so both spellings match. */
    private static byte[] normaliseIp(byte[] ip) {
        if (ip == null || ip.length != 16) {
            return ip;
        }
        for (int i = 0; i < 10; i++) {
            if (ip[i] != 0) {
                return ip;
            }
        }
        return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff ? Arrays.copyOfRange(ip, 12, 16) : ip;
    }

    /** The host as given, parsed once: an IP address or a normalised DNS name. */
    private record Host(String text, byte[] ip, String dns) {

        static Host parse(String host) {
            String text = host.strip();
            byte[] ip = parseIpLiteral(text);
            return new Host(text, ip, ip == null ? normalise(text) : null);
        }
    }

    /** The names a certificate is for. */
    private record Names(boolean hasSubjectAltNames, List<String> dnsNames, List<byte[]> ipAddresses,
            Optional<String> commonName) {

        static Names of(X509Certificate certificate) {
            boolean hasSubjectAltNames = certificate
                    .getExtensionValue(Extension.subjectAlternativeName.getId()) != null;
            List<String> dnsNames = new ArrayList<>();
            List<byte[]> ipAddresses = new ArrayList<>();
            Certificates.extensionOctets(certificate, Extension.subjectAlternativeName).ifPresent(octets -> {
                for (GeneralName name : subjectAltNames(octets)) {
                    if (name.getTagNo() == GeneralName.dNSName && name.getName() instanceof ASN1String dns) {
                        dnsNames.add(dns.getString());
                    } else if (name.getTagNo() == GeneralName.iPAddress) {
                        byte[] ip = normaliseIp(ASN1OctetString.getInstance(name.getName()).getOctets());
                        if (ip.length == 4 || ip.length == 16) {
                            ipAddresses.add(ip);
                        }
                    }
                }
            });
            return new Names(hasSubjectAltNames, dnsNames, ipAddresses, commonName(certificate));
        }

        private static GeneralName[] subjectAltNames(byte[] octets) {
            try {
                return GeneralNames.getInstance(octets).getNames();
            } catch (IllegalArgumentException e) {
                // A malformed extension still counts as present, so the CN is not used instead; it covers nothing.
                return new GeneralName[0];
            }
        }

        /** The most specific (last) CN of the subject. */
        private static Optional<String> commonName(X509Certificate certificate) {
            RDN[] cns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
            if (cns.length == 0 || !(cns[cns.length - 1].getFirst().getValue() instanceof ASN1String cn)) {
                return Optional.empty();
            }
            return Optional.of(cn.getString());
        }

        /** The DNS names that count: the dNSName entries, or the CN of a certificate without subjectAltName. */
        List<String> effectiveDnsNames() {
            return hasSubjectAltNames ? dnsNames : commonName.stream().toList();
        }
    }
}
