package io.certgate.certservice.certificate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.certgate.certservice.support.Api;
import io.certgate.certservice.support.OpenSsl;
import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.certgate.certservice.support.Api.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile and broken requests: each gets a clear 4xx problem and changes nothing in the database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    static final List<String> TABLES = List.of("certificate", "private_key", "binding", "trusted_ca", "csr",
            "outbox_event", "api_token");

    @TempDir
    static Path dir;
    static OpenSsl openssl;
    static String serverId;
    static String caId;
    static String csrId;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    java.net.URL url;

    @BeforeAll
    void fixtures() {
        openssl = new OpenSsl(dir).ca("ca", "/CN=Bad Input CA");
        openssl.leaf("leaf", "ca", "/CN=leaf.example.com", "DNS:leaf.example.com");
        openssl.leaf("stranger", "ca", "/CN=stranger.example.com", "DNS:stranger.example.com");
        openssl.run("pkcs8", "-topk8", "-in", "leaf.key", "-v2", "aes-256-cbc", "-passout", "pass:right-pass",
                "-out", "leaf.enc.key");
        openssl.run("pkcs12", "-export", "-in", "leaf.pem", "-inkey", "leaf.key", "-passout", "pass:right-pass",
                "-out", "leaf.p12");
    }

    @BeforeEach
    void apiFixtures() {
        if (serverId != null) {
            return;
        }
        serverId = Api.selfSigned("server.example.com");
        caId = admin().contentType(ContentType.JSON)
                .body(Map.of("data", openssl.read("ca.pem")))
                .when()
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .extract()
                .path("certificate.id");
        csrId = admin().contentType(ContentType.JSON)
                .body(Map.of("subject", "CN=csr.example.com"))
                .when()
                .post("/api/v1/csrs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** One bad request and what the caller must see. */
    record Case(String name, int status, String code,
            java.util.function.Function<RequestSpecification, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Arguments> cases() {
        String leafPem = openssl.read("leaf.pem");
        String leafKey = openssl.read("leaf.key");
        String half = leafPem.substring(0, leafPem.length() / 2);
        String garbageBody = "-----BEGIN CERTIFICATE-----\nThis is not base64 at all!!\n-----END CERTIFICATE-----\n";
        String randomB64 = Base64.getEncoder().encodeToString(random(2048));
        String p12 = Base64.getEncoder().encodeToString(openssl.bytes("leaf.p12"));
        String longName = "n".repeat(201);
        List<Case> cases = List.of(
                // certificate imports (JSON)
                importJson("empty data", Map.of("data", ""), 400, "INVALID_REQUEST"),
                importJson("data is not base64", Map.of("data", "%%% not base64 %%%"), 400, "MALFORMED_BASE64"),
                importJson("truncated PEM", Map.of("data", half), 400, "MALFORMED_PEM"),
                importJson("garbage base64 in a PEM block", Map.of("data", garbageBody), 400, "MALFORMED_PEM"),
                importJson("random bytes", Map.of("data", randomB64), 400, null),
                importJson("a key but no certificate", Map.of("data", leafKey), 400, "NO_CERTIFICATE"),
                importJson("key of another certificate", Map.of("data", openssl.read("stranger.pem") + leafKey), 400,
                        "KEY_DOES_NOT_MATCH"),
                importJson("two keys", Map.of("data", leafPem + leafKey + openssl.read("stranger.key")), 400,
                        "MULTIPLE_KEYS"),
                importJson("encrypted key without password", Map.of("data", leafPem + openssl.read("leaf.enc.key")),
                        400, "PASSWORD_REQUIRED"),
                importJson("encrypted key with the wrong password", Map.of("data",
                        leafPem + openssl.read("leaf.enc.key"), "password", "wrong"), 400, "WRONG_PASSWORD"),
                importJson("PKCS#12 with the wrong password", Map.of("data", p12, "password", "nope"), 400,
                        "WRONG_PASSWORD"),
                importJson("unknown kind", Map.of("data", leafPem, "kind", "root"), 400, "INVALID_REQUEST"),
                importJson("unknown field", Map.of("data", leafPem, "owner", "mallory"), 400, "UNKNOWN_FIELD"),
                importJson("name too long", Map.of("data", leafPem, "name", longName), 400, "INVALID_REQUEST"),
                importJson("markup in the name", Map.of("data", leafPem, "name", "<script>alert(1)</script>"), 400,
                        "INVALID_REQUEST"),
                importJson("SQL in the name", Map.of("data", leafPem, "name", "x'; DROP TABLE certificate;--"), 400,
                        "INVALID_REQUEST"),
                new Case("data of the wrong type", 400, "INVALID_FIELD", r -> r.contentType(ContentType.JSON)
                        .body("{\"data\": 42}")
                        .post("/api/v1/certificates")),
                new Case("malformed JSON", 400, "MALFORMED_JSON", r -> r.contentType(ContentType.JSON)
                        .body("{\"data\": \"abc")
                        .post("/api/v1/certificates")),
                new Case("wrong content type", 415, "UNSUPPORTED_MEDIA_TYPE", r -> r.contentType("text/html")
                        .body("<html></html>")
                        .post("/api/v1/certificates")),
                new Case("10 MiB body", 413, "BODY_TOO_LARGE", r -> r.contentType("application/x-pem-file")
                        .body(new byte[10 * 1024 * 1024])
                        .post("/api/v1/certificates")),
                // certificate imports (files)
                new Case("empty file", 400, "EMPTY_INPUT", r -> r.contentType("application/x-pem-file")
                        .body(new byte[0])
                        .post("/api/v1/certificates")),
                new Case("random bytes as DER", 400, null, r -> r.contentType("application/pkix-cert")
                        .body(random(512))
                        .post("/api/v1/certificates")),
                new Case("PKCS#12 without its password", 400, "PASSWORD_REQUIRED",
                        r -> r.contentType("application/x-pkcs12")
                                .body(openssl.bytes("leaf.p12"))
                                .post("/api/v1/certificates")),
                new Case("unknown kind as a file", 400, "INVALID_KIND", r -> r.contentType("application/x-pem-file")
                        .body(leafPem.getBytes(StandardCharsets.US_ASCII))
                        .post("/api/v1/certificates?kind=god")),
                // self-signed
                selfSigned("subject that is no DN", Map.of("subject", "not a dn"), 400, "INVALID_NAME"),
                selfSigned("empty subject", Map.of("subject", ""), 400, "INVALID_REQUEST"),
                selfSigned("space in a DNS name", Map.of("subject", "CN=x", "dnsNames", List.of("exa mple.com")), 400,
                        "INVALID_SAN"),
                selfSigned("markup as a DNS name", Map.of("subject", "CN=x", "dnsNames", List.of("<script>")), 400,
                        "INVALID_SAN"),
                selfSigned("double wildcard", Map.of("subject", "CN=x", "dnsNames", List.of("*.*.example.com")), 400,
                        "INVALID_SAN"),
                selfSigned("IPv4 out of range", Map.of("subject", "CN=x", "ipAddresses", List.of("256.1.1.1")), 400,
                        "INVALID_SAN"),
                selfSigned("host name as an IP", Map.of("subject", "CN=x", "ipAddresses", List.of("localhost")), 400,
                        "INVALID_SAN"),
                selfSigned("zero validity", Map.of("subject", "CN=x", "validityDays", 0), 400, "INVALID_REQUEST"),
                selfSigned("validity of 5000 days", Map.of("subject", "CN=x", "validityDays", 5000), 400,
                        "INVALID_REQUEST"),
                selfSigned("weak key type", Map.of("subject", "CN=x", "keyType", "RSA_1024"), 400, "INVALID_REQUEST"),
                // bindings
                bind("unknown component", Map.of("component", "SMTP", "certificateId", "$server"), 400,
                        "INVALID_COMPONENT"),
                bind("host name as address", Map.of("component", "FTP", "address", "example.com", "certificateId",
                        "$server"), 400, "INVALID_ADDRESS"),
                bind("path traversal as address", Map.of("component", "FTP", "address", "../../etc/passwd",
                        "certificateId", "$server"), 400, "INVALID_ADDRESS"),
                bind("space in server name", Map.of("component", "FTP", "serverName", "bad name", "certificateId",
                        "$server"), 400, "INVALID_SERVER_NAME"),
                bind("unknown certificate", Map.of("component", "FTP", "certificateId",
                        "00000000-0000-0000-0000-000000000000"), 404, "CERTIFICATE_NOT_FOUND"),
                bind("certificate id that is no UUID", Map.of("component", "FTP", "certificateId", "1 OR 1=1"), 400,
                        "INVALID_FIELD"),
                bind("a CA certificate without key", Map.of("component", "HTTPS", "certificateId", "$ca"), 422,
                        "CERTIFICATE_CANNOT_SERVE"),
                bind("no component", Map.of("certificateId", "$server"), 400, "INVALID_REQUEST"),
                // CSRs
                new Case("CSR with a garbage subject", 400, "INVALID_NAME", r -> r.contentType(ContentType.JSON)
                        .body(Map.of("subject", "garbage"))
                        .post("/api/v1/csrs")),
                new Case("CSR with an unknown key type", 400, "INVALID_REQUEST", r -> r.contentType(ContentType.JSON)
                        .body(Map.of("subject", "CN=x", "keyType", "DSA_1024"))
                        .post("/api/v1/csrs")),
                new Case("install on an unknown CSR", 404, "CSR_NOT_FOUND", r -> r.contentType(ContentType.JSON)
                        .body(Map.of("data", leafPem))
                        .post("/api/v1/csrs/00000000-0000-0000-0000-000000000000/certificate")),
                new Case("install a certificate of another key", 400, "CSR_KEY_MISMATCH",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("data", leafPem))
                                .post("/api/v1/csrs/" + csrId + "/certificate")),
                // trusted CAs
                new Case("trust a certificate that is no CA", 422, "NOT_A_CA", r -> r.contentType(ContentType.JSON)
                        .body(Map.of("component", "FTP", "certificateId", serverId))
                        .post("/api/v1/trusted-cas")),
                new Case("trust for an unknown component", 400, "INVALID_COMPONENT",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("component", "SSH", "certificateId", caId))
                                .post("/api/v1/trusted-cas")),
                // reads and deletes
                new Case("limit 0", 400, "INVALID_LIMIT", r -> r.get("/api/v1/certificates?limit=0")),
                new Case("limit 100000", 400, "INVALID_LIMIT", r -> r.get("/api/v1/certificates?limit=100000")),
                new Case("forged cursor", 400, "INVALID_CURSOR", r -> r.get("/api/v1/certificates?cursor=%%%")),
                new Case("bad date", 400, "INVALID_DATE", r -> r.get("/api/v1/certificates?expiresBefore=yesterday")),
                new Case("unknown purpose", 400, "INVALID_PURPOSE",
                        r -> r.get("/api/v1/certificates/" + serverId + "/validation?purpose=everything")),
                new Case("export with a short password", 400, "INVALID_REQUEST", r -> r.contentType(ContentType.JSON)
                        .body(Map.of("format", "PKCS12", "password", "short"))
                        .post("/api/v1/certificates/" + serverId + "/export")),
                new Case("export a certificate without key", 409, "NO_PRIVATE_KEY",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("format", "PEM", "password", "long-enough"))
                                .post("/api/v1/certificates/" + caId + "/export")),
                new Case("delete an unknown certificate", 404, "CERTIFICATE_NOT_FOUND",
                        r -> r.delete("/api/v1/certificates/00000000-0000-0000-0000-000000000000")),
                new Case("path traversal in an id", 404, "NOT_FOUND",
                        r -> r.get("/api/v1/certificates/..%2F..%2Fetc%2Fpasswd")),
                new Case("TLS material for an admin token", 403, "FORBIDDEN", r -> r.get("/api/v1/tls-material/FTP")));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedClearlyAndChangesNothing(Case badRequest) {
        Map<String, Long> before = counts();

        Response response = badRequest.call().apply(admin().when());

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(badRequest.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (badRequest.code() != null) {
            assertThat(response.<String>path("code")).isEqualTo(badRequest.code());
        } else {
            assertThat(response.<String>path("code")).isIn("UNSUPPORTED_FORMAT", "MALFORMED_DER", "MALFORMED_PEM");
        }
        assertThat(response.<String>path("detail")).isNotBlank().doesNotContain("Exception", "\tat ", "org.");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aTenMebibyteBodyIsRefusedWith413(@TempDir Path upload) throws Exception {
        // curl, as a user would send it: it reads the early answer while the server refuses the rest
        Path big = java.nio.file.Files.write(upload.resolve("big.pem"), new byte[10 * 1024 * 1024]);
        Map<String, Long> before = counts();

        Process curl = new ProcessBuilder("curl", "-s", "-o", upload.resolve("answer").toString(), "-w",
                "%{http_code} %{content_type}", "-H", "Authorization: Bearer " + Api.ADMIN_TOKEN, "-H",
                "Content-Type: application/x-pem-file", "--data-binary", "@" + big, url + "api/v1/certificates")
                .redirectErrorStream(true)
                .start();
        String status = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        curl.waitFor();

        assertThat(status).isEqualTo("413 application/problem+json");
        assertThat(java.nio.file.Files.readString(upload.resolve("answer"))).contains("\"code\":\"BODY_TOO_LARGE\"");
        assertThat(counts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authCases")
    void refusesCallersWithoutTheRightToken(String name, String token, String path, int status) {
        Map<String, Long> before = counts();
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);

        Response response = request.contentType(ContentType.JSON)
                .body(Map.of("subject", "CN=x"))
                .when()
                .post(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(counts()).isEqualTo(before);
    }

    Stream<Arguments> authCases() {
        return Stream.of(
                Arguments.of("no token", null, "/api/v1/certificates/self-signed", 401),
                Arguments.of("forged token", "cg_forged-token-of-nobody", "/api/v1/certificates/self-signed", 401),
                Arguments.of("gateway token may not change", Api.GATEWAY_TOKEN, "/api/v1/certificates/self-signed",
                        403),
                Arguments.of("gateway token may not create CSRs", Api.GATEWAY_TOKEN, "/api/v1/csrs", 403));
    }

    private Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                        .longValue());
            }
            return counts;
        });
    }

    private static Case importJson(String name, Map<String, Object> body, int status, String code) {
        return new Case(name, status, code, r -> r.contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/certificates"));
    }

    private static Case selfSigned(String name, Map<String, Object> body, int status, String code) {
        return new Case(name, status, code, r -> r.contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/certificates/self-signed"));
    }

    private static Case bind(String name, Map<String, Object> body, int status, String code) {
        return new Case(name, status, code, r -> {
            Map<String, Object> resolved = new java.util.HashMap<>(body);
            resolved.replaceAll((k, v) -> "$server".equals(v) ? serverId : "$ca".equals(v) ? caId : v);
            return r.contentType(ContentType.JSON).body(resolved).put("/api/v1/bindings");
        });
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        bytes[0] = (byte) 0x7f; // neither a DER SEQUENCE nor text
        return Arrays.copyOf(bytes, size);
    }
}
