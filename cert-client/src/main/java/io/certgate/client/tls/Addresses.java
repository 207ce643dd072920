package io.certgate.client.tls;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normal forms of binding addresses and SNI host names, so equal values compare equal. */
final class Addresses {

    /** The address of a binding that serves every local address. */
    static final String ANY = "*";

    private static final Pattern IPV4 = Pattern
            .compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    private Addresses() {
    }

    /**
     * The canonical text of an IP literal ({@code 127.0.0.1}, {@code 0:0:0:0:0:0:0:1}), or empty when the text is not
     * one. IPv4-mapped IPv6 addresses become their IPv4 form. Never resolves a host name.
     */
    static Optional<String> normaliseIp(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            // A link-local zone names the local interface; the address alone is what a binding names.
            address = address.substring(0, zone);
        }
        if (IPV4.matcher(address).matches()) {
            return Optional.of(parseLiteral(address));
        }
        if (address.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(address).matches()) {
            // Brackets make the JDK treat the text as an IPv6 literal only: a malformed one fails instead of
            // falling through to a DNS lookup.
            try {
                return Optional.of(parseLiteral("[" + address + "]"));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code *} or the canonical IP literal of a binding address, or empty when it is neither. */
    static Optional<String> normaliseBindingAddress(String text) {
        if (text != null && ANY.equals(text.strip())) {
            return Optional.of(ANY);
        }
        return normaliseIp(text);
    }

    /** An SNI host name in lower case without the trailing dot; empty for none. */
    static String normaliseServerName(String name) {
        if (name == null) {
            return "";
        }
        String normal = name.strip().toLowerCase(Locale.ROOT);
        return normal.endsWith(".") ? normal.substring(0, normal.length() - 1) : normal;
    }

    private static String parseLiteral(String literal) {
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet6Address v6) {
                // getHostAddress would append the zone of a scoped address; compare the bare address.
                return InetAddress.getByAddress(v6.getAddress()).getHostAddress();
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal", e);
        }
    }
}
