package io.certgate.certservice.pki;

import java.util.HexFormat;
import java.util.Optional;

/**
 * IPv4 and IPv6 literals to bytes and back. Written out instead of {@code InetAddress.getByName}, which
 * falls back to a DNS lookup for anything that is not a literal.
 */
final class IpAddresses {

    private IpAddresses() {
    }

    /** The 4 or 16 address bytes, or empty if the text is not a plain IPv4 or IPv6 literal. */
    static Optional<byte[]> parse(String text) {
        if (text.indexOf(':') >= 0) {
            return parseIpv6(text);
        }
        return parseIpv4(text);
    }

    /** Dotted quad for IPv4, RFC 5952 text (lower case, longest zero run compressed) for IPv6. */
    static String format(byte[] address) {
        if (address.length == 4) {
            return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "."
                    + (address[3] & 0xff);
        }
        if (address.length != 16) {
            return HexFormat.of().formatHex(address);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8;) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        if (bestLength < 2) {
            bestStart = -1;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static Optional<byte[]> parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            // A leading zero reads as octal in some resolvers; refuse the ambiguity.
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return Optional.empty();
            }
            address[i] = (byte) value;
        }
        return Optional.of(address);
    }

    private static Optional<byte[]> parseIpv6(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return Optional.empty();
        }
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        byte[] headBytes = groups(head, doubleColon < 0);
        byte[] tailBytes = groups(tail, true);
        if (headBytes == null || tailBytes == null) {
            return Optional.empty();
        }
        int total = headBytes.length + tailBytes.length;
        if (doubleColon < 0 ? total != 16 : total > 14) {
            return Optional.empty();
        }
        byte[] address = new byte[16];
        System.arraycopy(headBytes, 0, address, 0, headBytes.length);
        System.arraycopy(tailBytes, 0, address, 16 - tailBytes.length, tailBytes.length);
        return Optional.of(address);
    }

    /** Colon-separated hex groups, the last one may be an embedded IPv4 address when allowed; null if invalid. */
    private static byte[] groups(String text, boolean ipv4TailAllowed) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        String[] parts = text.split(":", -1);
        byte[] bytes = new byte[parts.length * 2 + 2];
        int length = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && ipv4TailAllowed && part.indexOf('.') >= 0) {
                Optional<byte[]> ipv4 = parseIpv4(part);
                if (ipv4.isEmpty()) {
                    return null;
                }
                System.arraycopy(ipv4.get(), 0, bytes, length, 4);
                length += 4;
                continue;
            }
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpAddresses::isHexDigit)) {
                return null;
            }
            int value = Integer.parseInt(part, 16);
            bytes[length++] = (byte) (value >> 8);
            bytes[length++] = (byte) value;
        }
        if (length > 16) {
            return null;
        }
        byte[] result = new byte[length];
        System.arraycopy(bytes, 0, result, 0, length);
        return result;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
