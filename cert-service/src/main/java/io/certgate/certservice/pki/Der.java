package io.certgate.certservice.pki;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

/** Writes certificates in binary DER form (".cer" / ".der" downloads). */
public final class Der {

    private Der() {
    }

    /** The certificate's DER encoding. */
    public static byte[] certificate(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            // Only certificates that were parsed or built successfully reach here; they always encode.
            throw new IllegalStateException("Cannot encode the certificate", e);
        }
    }
}
