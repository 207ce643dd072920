package io.certgate.certservice.validation;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.certgate.certservice.validation.CertificationPath.Ending;

/**
 * Builds a path from the leaf to a trust anchor out of certificates given in any order. Issuers are found by name,
 * tried anchors first and matching key identifiers first, and accepted only when their key verifies the signature.
 */
final class PathBuilder {

    /** Longest path, in certificates, that is searched; real chains have three or four. */
    static final int MAX_DEPTH = 10;

    private final List<X509Certificate> given;
    private final Set<X509Certificate> anchors;

    private PathBuilder(List<X509Certificate> given, Set<X509Certificate> anchors) {
        this.given = given;
        this.anchors = anchors;
    }

    static CertificationPath build(List<X509Certificate> certificates, Set<X509Certificate> trustAnchors) {
        return new PathBuilder(certificates, trustAnchors).extend(List.of(certificates.get(0)));
    }

    private CertificationPath extend(List<X509Certificate> path) {
        X509Certificate current = path.get(path.size() - 1);
        if (isTrustAnchor(current)) {
            return new CertificationPath(path, Ending.TRUST_ANCHOR);
        }
        if (Certificates.isSelfSigned(current)) {
            return new CertificationPath(path, Ending.UNTRUSTED_ROOT);
        }
        if (path.size() >= MAX_DEPTH) {
            return new CertificationPath(path, Ending.TOO_LONG);
        }
        List<X509Certificate> named = candidates(current);
        if (named.isEmpty()) {
            return new CertificationPath(path, Ending.ISSUER_MISSING);
        }
        List<X509Certificate> fresh = named.stream().filter(candidate -> !path.contains(candidate)).toList();
        if (fresh.isEmpty()) {
            return new CertificationPath(path, Ending.LOOP);
        }
        List<X509Certificate> issuers = fresh.stream()
                .filter(candidate -> Certificates.verifies(current, candidate.getPublicKey()))
                .toList();
        if (issuers.isEmpty()) {
            return new CertificationPath(path, Ending.SIGNATURE_INVALID);
        }
        // Several verified issuers happen with cross-signed CAs: take the first branch that reaches an anchor, and
        // otherwise report the first branch, which is the most likely one.
        CertificationPath first = null;
        for (X509Certificate issuer : issuers) {
            List<X509Certificate> longer = new ArrayList<>(path);
            longer.add(issuer);
            CertificationPath built = extend(longer);
            if (built.ending() == Ending.TRUST_ANCHOR) {
                return built;
            }
            if (first == null) {
                first = built;
            }
        }
        return first;
    }

    /** Certificates whose subject is the current issuer, anchors first, then by how well key identifiers match. */
    private List<X509Certificate> candidates(X509Certificate current) {
        Set<X509Certificate> all = new LinkedHashSet<>(anchors);
        all.addAll(given);
        Optional<byte[]> authorityKeyId = Certificates.authorityKeyIdentifier(current).filter(id -> id.length > 0);
        return all.stream()
                .filter(candidate -> candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal()))
                .sorted(Comparator.comparingInt((X509Certificate candidate) -> keyIdRank(authorityKeyId, candidate))
                        .thenComparingInt(candidate -> isTrustAnchor(candidate) ? 0 : 1))
                .toList();
    }

    /**
     * 0 when the key identifiers match, 1 when either is absent, 2 when they differ (still tried: ids can be wrong).
     */
    private static int keyIdRank(Optional<byte[]> authorityKeyId, X509Certificate candidate) {
        Optional<byte[]> subjectKeyId = Certificates.subjectKeyIdentifier(candidate);
        if (authorityKeyId.isEmpty() || subjectKeyId.isEmpty()) {
            return 1;
        }
        return Arrays.equals(authorityKeyId.get(), subjectKeyId.get()) ? 0 : 2;
    }

    /** A trust anchor is recognised by its encoding or by the same name and key (a re-issued root). */
    private boolean isTrustAnchor(X509Certificate certificate) {
        return anchors.contains(certificate) || anchors.stream()
                .anyMatch(anchor -> anchor.getSubjectX500Principal().equals(certificate.getSubjectX500Principal())
                        && anchor.getPublicKey().equals(certificate.getPublicKey()));
    }
}
