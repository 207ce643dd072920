package io.certgate.certservice.validation;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.certgate.certservice.validation.TestPki.Issued;

import static io.certgate.certservice.validation.FindingCode.CHAIN_INCOMPLETE;
import static io.certgate.certservice.validation.FindingCode.EXPIRED;
import static io.certgate.certservice.validation.FindingCode.EXPIRES_SOON;
import static io.certgate.certservice.validation.FindingCode.EXTENDED_KEY_USAGE;
import static io.certgate.certservice.validation.FindingCode.HOSTNAME_MISMATCH;
import static io.certgate.certservice.validation.FindingCode.ISSUER_KEY_USAGE;
import static io.certgate.certservice.validation.FindingCode.ISSUER_NOT_CA;
import static io.certgate.certservice.validation.FindingCode.KEY_MISMATCH;
import static io.certgate.certservice.validation.FindingCode.KEY_MISSING;
import static io.certgate.certservice.validation.FindingCode.KEY_USAGE;
import static io.certgate.certservice.validation.FindingCode.LEAF_IS_CA;
import static io.certgate.certservice.validation.FindingCode.NOT_YET_VALID;
import static io.certgate.certservice.validation.FindingCode.SELF_SIGNED;
import static io.certgate.certservice.validation.FindingCode.SIGNATURE_INVALID;
import static io.certgate.certservice.validation.FindingCode.UNTRUSTED_ROOT;
import static io.certgate.certservice.validation.FindingCode.VALIDITY;
import static io.certgate.certservice.validation.FindingCode.WEAK_KEY;
import static io.certgate.certservice.validation.FindingCode.WEAK_SIGNATURE;
import static io.certgate.certservice.validation.TestPki.NOW;
import static io.certgate.certservice.validation.TestPki.ca;
import static io.certgate.certservice.validation.TestPki.certificate;
import static io.certgate.certservice.validation.TestPki.leaf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The validator against generated chains: each case lists exactly the codes a user would see, in report order. */
class CertificateValidatorTest {

    private static final Issued ROOT = TestPki.root("Certgate Test Root");
    private static final Issued INTERMEDIATE = ca("Certgate Test Intermediate").issuedBy(ROOT);
    private static final Issued OTHER_ROOT = TestPki.root("Some Other Root");
    private static final Issued UNRELATED = leaf("unrelated.example.org").issuedBy(OTHER_ROOT);
    private static final KeyPair RSA_2048 = TestPki.rsaKey(2048);
    private static final Issued RSA_ROOT = ca("Certgate RSA Root").key(RSA_2048)
            .signatureAlgorithm("SHA1withRSA")
            .selfSigned();

    private final CertificateValidator validator = new CertificateValidator(TestPki.CLOCK);

    /** One row of the table; the name is what the test report shows. */
    record Case(String name, ValidationInput input, List<FindingCode> expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Issued good = leaf("files.example.com").issuedBy(INTERMEDIATE);
        cases.add(new Case("a fully good chain with host and key",
                chain(good, INTERMEDIATE).withExpectedHost("files.example.com")
                        .withPrivateKey(good.privateKey())
                        .withKeyRequired(),
                List.of(VALIDITY)));

        // Validity period
        cases.add(new Case("leaf expired yesterday", chain(leaf("files.example.com")
                .validity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)))
                .issuedBy(INTERMEDIATE),
                INTERMEDIATE), List.of(EXPIRED)));
        cases.add(new Case("leaf valid only from the day after tomorrow", chain(leaf("files.example.com")
                .validity(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(400)))
                .issuedBy(INTERMEDIATE),
                INTERMEDIATE), List.of(NOT_YET_VALID)));
        cases.add(new Case("leaf expires in 10 days", chain(leaf("files.example.com")
                .expiresIn(Duration.ofDays(10))
                .issuedBy(INTERMEDIATE), INTERMEDIATE),
                List.of(EXPIRES_SOON, VALIDITY)));
        cases.add(new Case("leaf expires in 30 days", chain(leaf("files.example.com")
                .expiresIn(Duration.ofDays(30))
                .issuedBy(INTERMEDIATE), INTERMEDIATE),
                List.of(VALIDITY)));
        cases.add(new Case("leaf expires in 30 days, warning threshold 45 days", chain(leaf("files.example.com")
                .expiresIn(Duration.ofDays(30))
                .issuedBy(INTERMEDIATE), INTERMEDIATE).withExpiryWarningDays(45),
                List.of(EXPIRES_SOON, VALIDITY)));
        Issued expiredIntermediate = ca("Expired Intermediate")
                .validity(NOW.minus(Duration.ofDays(800)), NOW.minus(Duration.ofDays(3)))
                .issuedBy(ROOT);
        cases.add(new Case("intermediate expired three days ago",
                chain(leaf("files.example.com").issuedBy(expiredIntermediate), expiredIntermediate),
                List.of(EXPIRED, VALIDITY)));
        Issued endingIntermediate = ca("Ending Intermediate").expiresIn(Duration.ofDays(5)).issuedBy(ROOT);
        cases.add(new Case("intermediate expires in 5 days",
                chain(leaf("files.example.com").issuedBy(endingIntermediate), endingIntermediate),
                List.of(EXPIRES_SOON, VALIDITY)));

        // Host names (the finer matching rules are in HostnameMatcherTest)
        Issued dotnet = certificate("dotnet").keyUsage(KeyUsage.digitalSignature)
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth)
                .issuedBy(INTERMEDIATE);
        cases.add(new Case("certificate for \"dotnet\", host 192.168.3.15",
                chain(dotnet, INTERMEDIATE).withExpectedHost("192.168.3.15"), List.of(HOSTNAME_MISMATCH, VALIDITY)));
        Issued byIp = leaf("files.example.com").ipAddresses("192.168.3.15").issuedBy(INTERMEDIATE);
        cases.add(new Case("IP address SAN, host is that IP address",
                chain(byIp, INTERMEDIATE).withExpectedHost("192.168.3.15"), List.of(VALIDITY)));
        cases.add(new Case("IP address SAN, host is another IP address",
                chain(byIp, INTERMEDIATE).withExpectedHost("192.168.3.16"), List.of(HOSTNAME_MISMATCH, VALIDITY)));
        Issued wildcard = leaf("*.example.com").issuedBy(INTERMEDIATE);
        cases.add(new Case("wildcard, host one label below",
                chain(wildcard, INTERMEDIATE).withExpectedHost("files.example.com"), List.of(VALIDITY)));
        cases.add(new Case("wildcard, host two labels below",
                chain(wildcard, INTERMEDIATE).withExpectedHost("a.files.example.com"),
                List.of(HOSTNAME_MISMATCH, VALIDITY)));

        // Building the path
        Issued leaf = leaf("files.example.com").issuedBy(INTERMEDIATE);
        cases.add(new Case("intermediate missing", chain(leaf), List.of(CHAIN_INCOMPLETE, VALIDITY)));
        cases.add(new Case("chains to a root that is not trusted",
                ValidationInput.of(List.of(leaf.certificate(), INTERMEDIATE.certificate(), ROOT.certificate()),
                        Set.of(OTHER_ROOT.certificate()), Purpose.SERVER_AUTH),
                List.of(UNTRUSTED_ROOT, VALIDITY)));
        cases.add(new Case("shuffled chain with an unrelated extra certificate",
                chain(leaf, UNRELATED, ROOT, OTHER_ROOT, INTERMEDIATE), List.of(VALIDITY)));
        cases.add(new Case("intermediate given as trust anchor", ValidationInput.of(List.of(leaf.certificate()),
                Set.of(INTERMEDIATE.certificate()), Purpose.SERVER_AUTH), List.of(VALIDITY)));
        cases.add(new Case("leaf signature tampered with",
                ValidationInput.of(List.of(TestPki.withTamperedSignature(leaf.certificate()),
                        INTERMEDIATE.certificate()), Set.of(ROOT.certificate()), Purpose.SERVER_AUTH),
                List.of(SIGNATURE_INVALID, VALIDITY)));
        cases.add(new Case("leaf signed by another key under the intermediate's name",
                chain(leaf("files.example.com").issuedByNameButSignedWith(INTERMEDIATE, TestPki.ecKey()),
                        INTERMEDIATE),
                List.of(SIGNATURE_INVALID, VALIDITY)));
        Issued impostor = ca("Certgate Test Intermediate").issuedBy(ROOT);
        cases.add(new Case("a different intermediate with the same name", chain(leaf, impostor),
                List.of(SIGNATURE_INVALID, VALIDITY)));
        cases.add(new Case("issuers that sign each other", loop(), List.of(CHAIN_INCOMPLETE, VALIDITY)));
        cases.add(new Case("ten certificates deep", deepChain(8), List.of(VALIDITY)));
        cases.add(new Case("eleven certificates deep", deepChain(9), List.of(CHAIN_INCOMPLETE, VALIDITY)));

        // The CAs in the path
        Issued notCa = certificate("Not A CA").keyUsage(KeyUsage.keyCertSign).issuedBy(ROOT);
        cases.add(new Case("issuer without basicConstraints",
                chain(leaf("files.example.com").issuedBy(notCa), notCa), List.of(ISSUER_NOT_CA, VALIDITY)));
        Issued pathLenZeroRoot = ca("PathLen Zero Root").ca(0).selfSigned();
        Issued belowPathLenZero = ca("Below PathLen Zero").issuedBy(pathLenZeroRoot);
        cases.add(new Case("intermediate below a pathLen 0 root",
                ValidationInput.of(List.of(leaf("files.example.com").issuedBy(belowPathLenZero).certificate(),
                        belowPathLenZero.certificate()), Set.of(pathLenZeroRoot.certificate()),
                        Purpose.SERVER_AUTH),
                List.of(ISSUER_NOT_CA, VALIDITY)));
        cases.add(new Case("leaf directly below a pathLen 0 root",
                ValidationInput.of(List.of(leaf("files.example.com").issuedBy(pathLenZeroRoot).certificate()),
                        Set.of(pathLenZeroRoot.certificate()), Purpose.SERVER_AUTH),
                List.of(VALIDITY)));
        Issued noCertSign = ca("No keyCertSign").keyUsage(KeyUsage.digitalSignature).issuedBy(ROOT);
        cases.add(new Case("issuer without keyCertSign",
                chain(leaf("files.example.com").issuedBy(noCertSign), noCertSign),
                List.of(ISSUER_KEY_USAGE, VALIDITY)));
        Issued legacyRoot = certificate("Legacy V1 Root").version1().selfSigned();
        cases.add(new Case("version 1 trusted root",
                ValidationInput.of(List.of(leaf("files.example.com").issuedBy(legacyRoot).certificate()),
                        Set.of(legacyRoot.certificate()), Purpose.SERVER_AUTH),
                List.of(VALIDITY)));

        // Key usage and extended key usage
        Issued clientOnly = leaf("alice").extendedKeyUsage(KeyPurposeId.id_kp_clientAuth).issuedBy(INTERMEDIATE);
        cases.add(new Case("client-auth-only certificate as server certificate", chain(clientOnly, INTERMEDIATE),
                List.of(EXTENDED_KEY_USAGE, VALIDITY)));
        cases.add(new Case("client-auth-only certificate as client certificate",
                chain(clientOnly, INTERMEDIATE, Purpose.CLIENT_AUTH), List.of(VALIDITY)));
        cases.add(new Case("anyExtendedKeyUsage", chain(leaf("files.example.com")
                .extendedKeyUsage(KeyPurposeId.anyExtendedKeyUsage)
                .issuedBy(INTERMEDIATE), INTERMEDIATE),
                List.of(VALIDITY)));
        cases.add(new Case("no extended key usage, no key usage", chain(leaf("files.example.com")
                .extendedKeyUsage()
                .keyUsage(null)
                .issuedBy(INTERMEDIATE), INTERMEDIATE), List.of(VALIDITY)));
        cases.add(new Case("EC key with keyEncipherment only", chain(leaf("files.example.com")
                .keyUsage(KeyUsage.keyEncipherment)
                .issuedBy(INTERMEDIATE), INTERMEDIATE),
                List.of(KEY_USAGE, VALIDITY)));
        Issued rsaKeyEncipherment = leaf("files.example.com").key(RSA_2048)
                .keyUsage(KeyUsage.keyEncipherment)
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth)
                .issuedBy(INTERMEDIATE);
        cases.add(new Case("RSA 2048 key with keyEncipherment only as server",
                chain(rsaKeyEncipherment, INTERMEDIATE), List.of(KEY_USAGE, VALIDITY)));
        cases.add(new Case("RSA 2048 key with keyEncipherment only as client",
                chain(rsaKeyEncipherment, INTERMEDIATE, Purpose.CLIENT_AUTH), List.of(KEY_USAGE, VALIDITY)));

        // The private key
        Issued rsaLeaf = leaf("files.example.com").key(RSA_2048)
                .keyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth)
                .issuedBy(INTERMEDIATE);
        cases.add(new Case("private key of another EC certificate",
                chain(good, INTERMEDIATE).withPrivateKey(TestPki.ecKey().getPrivate()),
                List.of(KEY_MISMATCH, VALIDITY)));
        cases.add(new Case("RSA private key for an EC certificate",
                chain(good, INTERMEDIATE).withPrivateKey(RSA_2048.getPrivate()), List.of(KEY_MISMATCH, VALIDITY)));
        cases.add(new Case("private key of another RSA certificate",
                chain(rsaLeaf, INTERMEDIATE).withPrivateKey(TestPki.rsaKey(1024).getPrivate()),
                List.of(KEY_MISMATCH, VALIDITY)));
        cases.add(new Case("RSA private key of the certificate",
                chain(rsaLeaf, INTERMEDIATE).withPrivateKey(RSA_2048.getPrivate()), List.of(VALIDITY)));
        cases.add(new Case("private key required but missing", chain(good, INTERMEDIATE).withKeyRequired(),
                List.of(KEY_MISSING, VALIDITY)));

        // Key strength and signature algorithms
        cases.add(new Case("RSA 1024 leaf", chain(leaf("files.example.com").key(TestPki.rsaKey(1024))
                .issuedBy(INTERMEDIATE), INTERMEDIATE), List.of(WEAK_KEY, VALIDITY)));
        cases.add(new Case("EC P-224 leaf", chain(leaf("files.example.com").key(TestPki.ecKey("secp224r1"))
                .issuedBy(INTERMEDIATE), INTERMEDIATE), List.of(WEAK_KEY, VALIDITY)));
        cases.add(new Case("SHA1withRSA leaf", ValidationInput.of(List.of(leaf("files.example.com")
                .signatureAlgorithm("SHA1withRSA")
                .issuedBy(RSA_ROOT)
                .certificate()),
                Set.of(RSA_ROOT.certificate()), Purpose.SERVER_AUTH), List.of(WEAK_SIGNATURE, VALIDITY)));
        cases.add(new Case("SHA-1 self-signature of the trusted root only",
                ValidationInput.of(List.of(leaf("files.example.com").issuedBy(RSA_ROOT).certificate()),
                        Set.of(RSA_ROOT.certificate()), Purpose.SERVER_AUTH),
                List.of(VALIDITY)));
        Issued dsaRoot = ca("Certgate DSA Root").key(TestPki.dsaKey()).selfSigned();
        cases.add(new Case("DSA root signing the leaf",
                ValidationInput.of(List.of(leaf("files.example.com").issuedBy(dsaRoot).certificate()),
                        Set.of(dsaRoot.certificate()), Purpose.SERVER_AUTH),
                List.of(WEAK_KEY, WEAK_SIGNATURE, VALIDITY)));

        // Self-signed and CA leaves
        Issued selfSigned = leaf("dotnet").selfSigned();
        cases.add(new Case("self-signed leaf trusted explicitly", ValidationInput.of(
                List.of(selfSigned.certificate()), Set.of(selfSigned.certificate()), Purpose.SERVER_AUTH)
                .withExpectedHost("dotnet"), List.of(SELF_SIGNED, VALIDITY)));
        cases.add(new Case("self-signed leaf not trusted", ValidationInput.of(
                List.of(selfSigned.certificate()), Set.of(ROOT.certificate()), Purpose.SERVER_AUTH),
                List.of(UNTRUSTED_ROOT, SELF_SIGNED, VALIDITY)));
        cases.add(new Case("CA certificate as server certificate",
                chain(leaf("files.example.com").ca().issuedBy(INTERMEDIATE), INTERMEDIATE),
                List.of(LEAF_IS_CA, VALIDITY)));

        // Everything at once
        Issued bad = leaf("files.example.com").key(TestPki.rsaKey(1024))
                .validity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)))
                .extendedKeyUsage(KeyPurposeId.id_kp_clientAuth)
                .issuedBy(INTERMEDIATE);
        cases.add(new Case("several problems at once",
                chain(bad).withExpectedHost("192.168.3.15").withKeyRequired(),
                List.of(CHAIN_INCOMPLETE, EXPIRED, HOSTNAME_MISMATCH, EXTENDED_KEY_USAGE, KEY_MISSING, WEAK_KEY)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedCodes(Case row) {
        // Given the input of the row

        // When
        ValidationReport report = validator.validate(row.input());

        // Then
        assertThat(report.codes()).as(report.findings().toString()).containsExactlyElementsOf(row.expected());
        boolean anyError = row.expected().stream().anyMatch(code -> code.severity() == Severity.ERROR);
        assertThat(report.verdict()).isEqualTo(anyError ? Verdict.INVALID : Verdict.VALID);
    }

    @Test
    void theTableCoversEveryFindingCode() {
        // Given
        Set<FindingCode> covered = EnumSet.noneOf(FindingCode.class);

        // When
        cases().forEach(row -> covered.addAll(row.expected()));

        // Then
        assertThat(covered).containsExactlyInAnyOrder(FindingCode.values());
    }

    @Test
    void aClientConnectingByIpToTheDotnetCertificateSeesBothNames() {
        // Given
        Issued dotnet = certificate("dotnet").issuedBy(INTERMEDIATE);

        // When
        ValidationReport report = validator.validate(chain(dotnet, INTERMEDIATE).withExpectedHost("192.168.3.15"));

        // Then
        assertThat(report.findings()).first().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(HOSTNAME_MISMATCH);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).isEqualTo("certificate is for \"dotnet\", host was 192.168.3.15");
            assertThat(finding.certificateSha256()).isEqualTo(Certificates.sha256(dotnet.certificate()));
        });
    }

    @Test
    void aShuffledChainIsBuiltFromLeafToAnchor() {
        // Given
        Issued leaf = leaf("files.example.com").issuedBy(INTERMEDIATE);

        // When
        ValidationReport report = validator.validate(chain(leaf, UNRELATED, ROOT, INTERMEDIATE));

        // Then
        assertThat(report.path()).containsExactly(leaf.certificate(), INTERMEDIATE.certificate(),
                ROOT.certificate());
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void theAnchorEndsThePathEvenWhenNotGiven() {
        // Given
        Issued leaf = leaf("files.example.com").issuedBy(INTERMEDIATE);

        // When
        ValidationReport report = validator.validate(chain(leaf, INTERMEDIATE));

        // Then
        assertThat(report.path()).containsExactly(leaf.certificate(), INTERMEDIATE.certificate(),
                ROOT.certificate());
    }

    @Test
    void findingsAreOrderedByRuleThenByPathPosition() {
        // Given an expired leaf below an expired intermediate, checked against a wrong host
        Issued expiredIntermediate = ca("Expired Intermediate")
                .validity(NOW.minus(Duration.ofDays(800)), NOW.minus(Duration.ofDays(3)))
                .issuedBy(ROOT);
        Issued expiredLeaf = leaf("files.example.com")
                .validity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)))
                .issuedBy(expiredIntermediate);

        // When
        ValidationReport report = validator.validate(chain(expiredLeaf, expiredIntermediate)
                .withExpectedHost("ftp.example.com"));

        // Then
        assertThat(report.findings()).extracting(Finding::code, Finding::certificateSha256)
                .containsExactly(
                        tuple(EXPIRED, Certificates.sha256(expiredLeaf.certificate())),
                        tuple(EXPIRED,
                                Certificates.sha256(expiredIntermediate.certificate())),
                        tuple(HOSTNAME_MISMATCH,
                                Certificates.sha256(expiredLeaf.certificate())));
    }

    @Test
    void messagesNameTheCertificateTheDateAndTheDays() {
        // Given
        Issued expired = leaf("files.example.com")
                .validity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(12)))
                .issuedBy(INTERMEDIATE);
        Issued soon = leaf("files.example.com").expiresIn(Duration.ofDays(10)).issuedBy(INTERMEDIATE);

        // When
        List<String> expiredMessages = messages(validator.validate(chain(expired, INTERMEDIATE)));
        List<String> soonMessages = messages(validator.validate(chain(soon, INTERMEDIATE)));

        // Then
        assertThat(expiredMessages).containsExactly(
                "\"CN=files.example.com\" expired on 2026-02-17T12:00:00Z (12 days ago)");
        assertThat(soonMessages).containsExactly(
                "\"CN=files.example.com\" expires on 2026-03-11T12:00:00Z (in 10 days)",
                "\"CN=files.example.com\" is valid until 2026-03-11T12:00:00Z, 10 days left");
    }

    @Test
    void chainMessagesSayWhatIsMissingOrUntrusted() {
        // Given
        Issued leaf = leaf("files.example.com").issuedBy(INTERMEDIATE);
        ValidationInput missing = chain(leaf);
        ValidationInput untrusted = ValidationInput.of(List.of(leaf.certificate(), INTERMEDIATE.certificate(),
                ROOT.certificate()), Set.of(), Purpose.SERVER_AUTH);

        // When
        String missingMessage = messages(validator.validate(missing)).get(0);
        String untrustedMessage = messages(validator.validate(untrusted)).get(0);

        // Then
        assertThat(missingMessage).isEqualTo("the issuer \"CN=Certgate Test Intermediate\" of"
                + " \"CN=files.example.com\" is neither among the 1 given certificates nor a trusted CA;"
                + " add the intermediate certificate to the chain");
        assertThat(untrustedMessage).isEqualTo(
                "the chain ends in the self-signed root \"CN=Certgate Test Root\", which is not a trusted CA");
    }

    @Test
    void keyMessagesNeverContainKeyMaterial() {
        // Given
        Issued good = leaf("files.example.com").issuedBy(INTERMEDIATE);
        KeyPair other = TestPki.ecKey();

        // When
        ValidationReport report = validator.validate(chain(good, INTERMEDIATE).withPrivateKey(other.getPrivate()));

        // Then
        assertThat(report.findings().get(0).message()).isEqualTo("the private key does not belong to"
                + " \"CN=files.example.com\"; it is the private key of another certificate or request");
    }

    private static ValidationInput chain(Issued leaf, Issued... others) {
        return chain(leaf, others, Purpose.SERVER_AUTH);
    }

    private static ValidationInput chain(Issued leaf, Issued other, Purpose purpose) {
        return chain(leaf, new Issued[]{other}, purpose);
    }

    private static ValidationInput chain(Issued leaf, Issued[] others, Purpose purpose) {
        List<X509Certificate> certificates = new ArrayList<>();
        certificates.add(leaf.certificate());
        for (Issued other : others) {
            certificates.add(other.certificate());
        }
        return ValidationInput.of(certificates, Set.of(ROOT.certificate()), purpose);
    }

    /** Two CAs that each issued the other's certificate, and a leaf below one of them; neither is trusted. */
    private static ValidationInput loop() {
        KeyPair keyA = TestPki.ecKey();
        KeyPair keyB = TestPki.ecKey();
        Issued placeholderB = ca("Loop B").key(keyB).selfSigned();
        Issued a = ca("Loop A").key(keyA).issuedBy(placeholderB);
        Issued b = ca("Loop B").key(keyB).issuedBy(a);
        return chain(leaf("files.example.com").issuedBy(a), a, b);
    }

    /** A trusted root, the given number of intermediates in a line below it, and a leaf. */
    private static ValidationInput deepChain(int intermediates) {
        Issued deepRoot = TestPki.root("Deep Root");
        List<X509Certificate> certificates = new ArrayList<>();
        Issued issuer = deepRoot;
        for (int i = 1; i <= intermediates; i++) {
            issuer = ca("Deep Intermediate " + i).issuedBy(issuer);
            certificates.add(0, issuer.certificate());
        }
        certificates.add(0, leaf("files.example.com").issuedBy(issuer).certificate());
        return ValidationInput.of(certificates, Set.of(deepRoot.certificate()), Purpose.SERVER_AUTH);
    }

    private static List<String> messages(ValidationReport report) {
        return report.findings().stream().map(Finding::message).toList();
    }
}
