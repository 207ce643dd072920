package io.certgate.certservice.pki;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Splits PEM text into its armoured blocks and checks each one strictly (matching END line, clean base64)
 * before Bouncy Castle decodes it, so truncated or damaged uploads fail with a message that names the block.
 * Text between blocks is ignored, as OpenSSL writes "Bag Attributes" and {@code -text} output there.
 */
final class PemBlocks {

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    /** One armoured block: its 1-based position, its label, and its text ready for {@code PEMParser}. */
    record Block(int number, String type, String text) {

        String describe() {
            return "PEM block " + number + " (" + type + ")";
        }
    }

    private PemBlocks() {
    }

    static boolean looksLikePem(String text) {
        return text.contains(BEGIN);
    }

    static List<Block> split(String text) {
        List<Block> blocks = new ArrayList<>();
        String type = null;
        List<String> headers = new ArrayList<>();
        StringBuilder base64 = new StringBuilder();
        boolean inHeaders = false;
        for (String rawLine : text.split("\r?\n|\r", -1)) {
            String line = rawLine.strip();
            if (type == null) {
                if (line.startsWith(BEGIN)) {
                    type = label(line, BEGIN, blocks.size() + 1);
                    headers.clear();
                    base64.setLength(0);
                    inHeaders = true;
                }
                continue;
            }
            int number = blocks.size() + 1;
            if (line.startsWith(BEGIN)) {
                throw new PkiException(PkiError.MALFORMED_PEM,
                        "PEM block " + number + " (" + type
                                + ") has no END line; the file looks truncated or damaged.");
            }
            if (line.startsWith(END)) {
                String endType = label(line, END, number);
                if (!endType.equals(type)) {
                    throw new PkiException(PkiError.MALFORMED_PEM, "PEM block " + number + " begins as " + type
                            + " but ends as " + endType + ".");
                }
                blocks.add(block(number, type, headers, base64.toString()));
                type = null;
                continue;
            }
            if (inHeaders && line.indexOf(':') > 0) {
                headers.add(line);
                continue;
            }
            inHeaders = false;
            base64.append(line);
        }
        if (type != null) {
            throw new PkiException(PkiError.MALFORMED_PEM, "PEM block " + (blocks.size() + 1) + " (" + type
                    + ") has no END line; the file looks truncated.");
        }
        return blocks;
    }

    private static String label(String line, String prefix, int number) {
        if (!line.endsWith(DASHES) || line.length() < prefix.length() + DASHES.length()) {
            throw new PkiException(PkiError.MALFORMED_PEM, "PEM block " + number + " has a damaged BEGIN or END line.");
        }
        return line.substring(prefix.length(), line.length() - DASHES.length()).strip();
    }

    private static Block block(int number, String type, List<String> headers, String base64) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new PkiException(PkiError.MALFORMED_PEM, "PEM block " + number + " (" + type
                    + ") is not valid base64; the file looks damaged.", e);
        }
        if (der.length == 0) {
            throw new PkiException(PkiError.MALFORMED_PEM, "PEM block " + number + " (" + type + ") is empty.");
        }
        StringBuilder text = new StringBuilder(base64.length() + 200);
        text.append(BEGIN).append(type).append(DASHES).append('\n');
        headers.forEach(header -> text.append(header).append('\n'));
        if (!headers.isEmpty()) {
            text.append('\n');
        }
        // Re-wrapped at 64 columns: Bouncy Castle reads the body line by line.
        for (int i = 0; i < base64.length(); i += 64) {
            text.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        text.append(END).append(type).append(DASHES).append('\n');
        return new Block(number, type, text.toString());
    }
}
