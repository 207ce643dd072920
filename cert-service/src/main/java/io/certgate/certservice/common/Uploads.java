package io.certgate.certservice.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.certgate.certservice.common.problem.ApiException;

/** Reads the {@code data} field of JSON uploads: PEM text as it is, anything binary as base64. */
public final class Uploads {

    private Uploads() {
    }

    /** The uploaded bytes. */
    public static byte[] decode(String data) {
        if (data == null || data.isBlank()) {
            throw ApiException.badRequest("EMPTY_INPUT", "The upload is empty.");
        }
        if (data.stripLeading().startsWith("-----BEGIN")) {
            return data.getBytes(StandardCharsets.US_ASCII);
        }
        try {
            return Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("MALFORMED_BASE64",
                    "'data' is neither PEM text nor base64 of a DER, PKCS#7 or PKCS#12 file.");
        }
    }
}
