package io.certgate.certservice.pki;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Puts the certificates of an upload in the order TLS sends them: leaf first, then each issuer. */
public final class Chains {

    private Chains() {
    }

    /**
     * Orders the certificates leaf first. The leaf is the certificate that issued none of the others (the first
     * such in input order); each next certificate is the one whose subject is the previous one's issuer and
     * whose key verifies its signature. Certificates not on that path keep their input order at the end.
     */
    public static List<X509Certificate> orderLeafFirst(List<X509Certificate> certificates) {
        List<X509Certificate> remaining = new ArrayList<>(Objects.requireNonNull(certificates, "certificates"));
        if (remaining.size() < 2) {
            return List.copyOf(remaining);
        }
        X509Certificate current = findLeaf(remaining);
        List<X509Certificate> ordered = new ArrayList<>(remaining.size());
        while (current != null) {
            ordered.add(current);
            remaining.remove(current);
            current = isSelfIssued(current) ? null : issuerOf(current, remaining);
        }
        ordered.addAll(remaining);
        return List.copyOf(ordered);
    }

    /** The leaf of the certificates as {@link #orderLeafFirst} finds it. */
    public static X509Certificate leaf(List<X509Certificate> certificates) {
        if (certificates.isEmpty()) {
            throw new PkiException(PkiError.NO_CERTIFICATE, "There is no certificate.");
        }
        return certificates.size() == 1 ? certificates.get(0) : findLeaf(certificates);
    }

    private static X509Certificate findLeaf(List<X509Certificate> certificates) {
        for (X509Certificate candidate : certificates) {
            boolean issuedAnother = certificates.stream()
                    .anyMatch(other -> other != candidate && issued(candidate, other));
            if (!issuedAnother) {
                return candidate;
            }
        }
        // Every certificate issued another one (a cross-signing loop): keep the input's first.
        return certificates.get(0);
    }

    private static X509Certificate issuerOf(X509Certificate subject, List<X509Certificate> candidates) {
        return candidates.stream().filter(candidate -> issued(candidate, subject)).findFirst().orElse(null);
    }

    /** Name match first, so the costly signature check runs only for plausible pairs. */
    private static boolean issued(X509Certificate issuer, X509Certificate subject) {
        if (!issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal())) {
            return false;
        }
        try {
            subject.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isSelfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && issued(certificate, certificate);
    }
}
