package io.certgate.certservice.pki;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;

/** Subject names typed by users, parsed once for certificates and CSRs. */
final class Names {

    private Names() {
    }

    /**
     * Parses an RFC 4514 string such as {@code CN=ftp.example.com,O=Acme,C=US}. The JDK parser is used because
     * it encodes the RDNs in the reverse of the written order, as RFC 4514 says, so the certificate prints the
     * name back exactly as it was typed; Bouncy Castle's string parser keeps the written order.
     */
    static X500Name parse(String subjectDn) {
        if (subjectDn == null || subjectDn.isBlank()) {
            throw new PkiException(PkiError.INVALID_NAME, "The subject name is empty.");
        }
        X500Principal principal;
        try {
            principal = new X500Principal(subjectDn);
        } catch (IllegalArgumentException e) {
            throw new PkiException(PkiError.INVALID_NAME,
                    "The subject name is not a distinguished name like 'CN=host.example.com,O=Example,C=US'.", e);
        }
        X500Name name = X500Name.getInstance(principal.getEncoded());
        if (name.getRDNs().length == 0) {
            throw new PkiException(PkiError.INVALID_NAME, "The subject name is empty.");
        }
        return name;
    }
}
