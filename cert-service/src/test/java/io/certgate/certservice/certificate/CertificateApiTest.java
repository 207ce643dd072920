package io.certgate.certservice.certificate;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certgate.certservice.pki.BundleParser;
import io.certgate.certservice.pki.Keys;
import io.certgate.certservice.support.OpenSsl;
import io.certgate.testing.KafkaTestResource;
import io.certgate.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.certgate.certservice.support.Api.admin;
import static io.certgate.certservice.support.Api.gateway;
import static io.certgate.certservice.support.Api.selfSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** The certificate API as an administrator uses it, with files made by the openssl command line. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class CertificateApiTest {

    @TempDir
    static Path dir;
    static OpenSsl openssl;

    @BeforeAll
    static void makeFiles() {
        openssl = new OpenSsl(dir).ca("ca", "/CN=Certgate Test CA/O=Certgate");
        openssl.leaf("files", "ca", "/CN=files.example.com", "DNS:files.example.com,DNS:ftp.example.com,IP:127.0.0.1");
        openssl.leaf("other", "ca", "/CN=other.example.com", "DNS:other.example.com");
    }

    @Test
    void importsAPemChainWithItsKeyOnceAndDeduplicatesTheChain() {
        String bundle = openssl.read("files.pem") + openssl.read("ca.pem") + openssl.read("files.key");

        String id = admin().contentType(ContentType.JSON)
                .body(Map.of("kind", "server", "name", "files", "data", bundle))
                .when()
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .body("certificate.subject", is("CN=files.example.com"))
                .body("certificate.dnsNames", contains("files.example.com", "ftp.example.com"))
                .body("certificate.ipAddresses", contains("127.0.0.1"))
                .body("certificate.hasPrivateKey", is(true))
                .body("certificate.kind", is("SERVER"))
                .body("certificate.chain[0].subject", is("O=Certgate,CN=Certgate Test CA"))
                .body("certificate.extendedKeyUsage", contains("serverAuth", "clientAuth"))
                .extract()
                .path("certificate.id");

        // The same upload again stores nothing new
        admin().contentType(ContentType.JSON)
                .body(Map.of("data", bundle))
                .when()
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .body("created", hasSize(0))
                .body("certificate.id", is(id));

        // The fingerprint is the one openssl computes
        String fingerprint = openssl.run("x509", "-in", "files.pem", "-noout", "-fingerprint", "-sha256")
                .replaceAll(".*=", "")
                .replace(":", "")
                .trim()
                .toLowerCase();
        admin().when().get("/api/v1/certificates/" + id).then().statusCode(200).body("sha256", is(fingerprint));
    }

    @Test
    void importsPkcs12AsAFileWithThePasswordInAHeader() {
        openssl.run("pkcs12", "-export", "-in", "other.pem", "-inkey", "other.key", "-certfile", "ca.pem",
                "-passout", "pass:s3cret-pass", "-out", "other.p12");

        admin().contentType("application/x-pkcs12")
                .header("Certgate-Password", "s3cret-pass")
                .body(openssl.bytes("other.p12"))
                .when()
                .post("/api/v1/certificates?kind=server")
                .then()
                .statusCode(201)
                .body("certificate.subject", is("CN=other.example.com"))
                .body("certificate.hasPrivateKey", is(true));

        admin().contentType("application/x-pkcs12")
                .header("Certgate-Password", "wrong")
                .body(openssl.bytes("other.p12"))
                .when()
                .post("/api/v1/certificates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("WRONG_PASSWORD"));
    }

    @Test
    void importsDerAndPkcs7() {
        openssl.run("x509", "-in", "ca.pem", "-outform", "DER", "-out", "ca.der");
        openssl.run("crl2pkcs7", "-nocrl", "-certfile", "other.pem", "-certfile", "ca.pem", "-outform", "DER",
                "-out", "chain.p7b");

        admin().contentType("application/pkix-cert")
                .body(openssl.bytes("ca.der"))
                .when()
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .body("certificate.kind", is("CA"))
                .body("certificate.ca", is(true));
        admin().contentType(ContentType.JSON)
                .body(Map.of("data", Base64.getEncoder().encodeToString(openssl.bytes("chain.p7b"))))
                .when()
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .body("certificate.subject", is("CN=other.example.com"))
                .body("certificate.chain", hasSize(1));
    }

    @Test
    void theCsrFlowEndsWithABoundCertificateThatGatewaysReceive() {
        // Given a CSR made on the server
        Map<String, Object> csr = admin().contentType(ContentType.JSON)
                .body(Map.of("subject", "CN=mft.example.com,O=Example", "dnsNames", List.of("mft.example.com"),
                        "ipAddresses", List.of("127.0.0.2"), "keyType", "RSA_2048"))
                .when()
                .post("/api/v1/csrs")
                .then()
                .statusCode(201)
                .body("state", is("PENDING"))
                .extract()
                .as(Map.class);
        String csrId = (String) csr.get("id");
        admin().when().get("/api/v1/csrs").then().statusCode(200).body("id", hasItem(csrId));

        // When a CA made with openssl signs it
        openssl.write("mft.csr", admin().when()
                .get("/api/v1/csrs/" + csrId + "/pem")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(openssl.run("req", "-in", "mft.csr", "-noout", "-verify")).contains("verify OK");
        openssl.sign("mft.csr", "ca", "mft.pem", 30, "basicConstraints=critical,CA:FALSE\n"
                + "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
                + "subjectAltName=DNS:mft.example.com,IP:127.0.0.2\n");

        // A certificate for another key is refused and changes nothing
        admin().contentType(ContentType.JSON)
                .body(Map.of("data", openssl.read("other.pem")))
                .when()
                .post("/api/v1/csrs/" + csrId + "/certificate")
                .then()
                .statusCode(400)
                .body("code", is("CSR_KEY_MISMATCH"));

        // And the right one is installed on its pending key
        String certificateId = admin().contentType(ContentType.JSON)
                .body(Map.of("data", openssl.read("mft.pem") + openssl.read("ca.pem")))
                .when()
                .post("/api/v1/csrs/" + csrId + "/certificate")
                .then()
                .statusCode(201)
                .body("keyAttached", is(true))
                .extract()
                .path("certificateId");
        admin().when().get("/api/v1/csrs/" + csrId).then().body("state", is("COMPLETED"));

        // Then it can be bound to FTP and HTTPS on 127.0.0.2
        String bindingId = admin().contentType(ContentType.JSON)
                .body(Map.of("component", "FTP", "address", "127.0.0.2", "certificateId", certificateId))
                .when()
                .put("/api/v1/bindings")
                .then()
                .statusCode(200)
                .body("binding.address", is("127.0.0.2"))
                .body("binding.serverName", is(""))
                .extract()
                .path("binding.id");
        admin().contentType(ContentType.JSON)
                .body(Map.of("component", "HTTPS", "address", "*", "serverName", "mft.example.com",
                        "certificateId", certificateId))
                .when()
                .put("/api/v1/bindings")
                .then()
                .statusCode(200);

        // And the FTP gateway receives chain and key, which belong together
        var material = gateway().when()
                .get("/api/v1/tls-material/FTP")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract();
        String chainPem = material.path("bindings.find { it.certificateId == '" + certificateId + "' }.chainPem");
        String keyPem = material.path("bindings.find { it.certificateId == '" + certificateId + "' }.keyPem");
        X509Certificate served = BundleParser.parse(chainPem.getBytes(), null).certificates().getFirst();
        PrivateKey key = BundleParser.parse((keyPem + chainPem).getBytes(), null).privateKey().orElseThrow();
        assertThat(Keys.matches(served.getPublicKey(), key)).isTrue();
        gateway().header("If-None-Match", material.header("ETag"))
                .when()
                .get("/api/v1/tls-material/FTP")
                .then()
                .statusCode(304);
        admin().when().get("/api/v1/tls-material/FTP").then().statusCode(403);

        // While bound it cannot be deleted, and the answer says where it is bound
        admin().when()
                .delete("/api/v1/certificates/" + certificateId)
                .then()
                .statusCode(409)
                .body("code", is("CERTIFICATE_BOUND"))
                .body("detail", containsString("FTP 127.0.0.2 (default)"))
                .body("detail", containsString("HTTPS * mft.example.com"));
        admin().when()
                .get("/api/v1/certificates/" + certificateId)
                .then()
                .body("boundAt.component", contains("FTP", "HTTPS"));

        // After unbinding it can
        admin().when().delete("/api/v1/bindings/" + bindingId).then().statusCode(204);
        String other = admin().when()
                .get("/api/v1/bindings?component=HTTPS")
                .then()
                .extract()
                .path("find { it.certificateId == '" + certificateId + "' }.id");
        admin().when().delete("/api/v1/bindings/" + other).then().statusCode(204);
        admin().when().delete("/api/v1/certificates/" + certificateId).then().statusCode(204);
        admin().when().get("/api/v1/certificates/" + certificateId).then().statusCode(404);
    }

    @Test
    void aSelfSignedCertificateForDotnetIsReportedAsAMismatchFor192_168_3_15() {
        String id = admin().contentType(ContentType.JSON)
                .body(Map.of("subject", "CN=dotnet", "dnsNames", List.of("dotnet"), "validityDays", 90))
                .when()
                .post("/api/v1/certificates/self-signed")
                .then()
                .statusCode(201)
                .body("certificate.selfSigned", is(true))
                .extract()
                .path("certificate.id");

        admin().when()
                .get("/api/v1/certificates/" + id + "/validation?host=192.168.3.15")
                .then()
                .statusCode(200)
                .body("verdict", is("INVALID"))
                .body("findings.find { it.code == 'HOSTNAME_MISMATCH' }.message",
                        is("certificate is for \"dotnet\", host was 192.168.3.15"))
                .body("findings.code", hasItem("SELF_SIGNED"));
        admin().when()
                .get("/api/v1/certificates/" + id + "/validation?host=dotnet")
                .then()
                .statusCode(200)
                .body("findings.code", org.hamcrest.Matchers.not(hasItem("HOSTNAME_MISMATCH")));
    }

    @Test
    void aCertificateThatCannotServeIsNotBoundAndTheAnswerSaysWhy() {
        openssl.run("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=alice", "-keyout", "alice.key", "-out",
                "alice.csr");
        openssl.sign("alice.csr", "ca", "alice.pem", 30, "keyUsage=critical,digitalSignature\n"
                + "extendedKeyUsage=clientAuth\n");
        String client = admin().contentType(ContentType.JSON)
                .body(Map.of("kind", "client", "data", openssl.read("alice.pem") + openssl.read("alice.key")))
                .when()
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .extract()
                .path("certificate.id");
        String caOnly = admin().contentType(ContentType.JSON)
                .body(Map.of("data", openssl.read("ca.pem")))
                .when()
                .post("/api/v1/certificates")
                .then()
                .statusCode(201)
                .extract()
                .path("certificate.id");

        admin().contentType(ContentType.JSON)
                .body(Map.of("component", "FTP", "certificateId", client))
                .when()
                .put("/api/v1/bindings")
                .then()
                .statusCode(422)
                .body("code", is("CERTIFICATE_CANNOT_SERVE"))
                .body("errors.field", hasItem("EXTENDED_KEY_USAGE"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("component", "HTTPS", "certificateId", caOnly, "force", true))
                .when()
                .put("/api/v1/bindings")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("KEY_MISSING"));
        admin().when()
                .get("/api/v1/bindings")
                .then()
                .body("certificateId",
                        org.hamcrest.Matchers.not(hasItem(client)));
    }

    @Test
    void exportsWithTheKeyOnlyPasswordProtectedAndReadableByOpenssl() throws Exception {
        String id = selfSigned("export.example.com");

        byte[] p12 = admin().contentType(ContentType.JSON)
                .body(Map.of("format", "PKCS12", "password", "export-pass-1"))
                .when()
                .post("/api/v1/certificates/" + id + "/export")
                .then()
                .statusCode(200)
                .contentType("application/x-pkcs12")
                .extract()
                .asByteArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(p12), "export-pass-1".toCharArray());
        assertThat(store.size()).isEqualTo(1);
        java.nio.file.Files.write(openssl.file("export.p12"), p12);
        assertThat(openssl.run("pkcs12", "-in", "export.p12", "-nokeys", "-passin", "pass:export-pass-1"))
                .contains("subject=CN = export.example.com");

        String pem = admin().contentType(ContentType.JSON)
                .body(Map.of("format", "PEM", "password", "export-pass-1"))
                .when()
                .post("/api/v1/certificates/" + id + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(pem).contains("BEGIN ENCRYPTED PRIVATE KEY").doesNotContain("BEGIN PRIVATE KEY");
        openssl.write("export.pem", pem);
        assertThat(openssl.run("pkey", "-in", "export.pem", "-passin", "pass:export-pass-1", "-noout", "-text"))
                .contains("Private-Key");

        admin().when()
                .get("/api/v1/certificates/" + id + "/pem")
                .then()
                .statusCode(200)
                .body(containsString("BEGIN CERTIFICATE"));
    }

    @Test
    void listsFilterAndPage() {
        for (int i = 0; i < 3; i++) {
            admin().contentType(ContentType.JSON)
                    .body(Map.of("subject", "CN=page-" + i + ".list.example", "validityDays", 10 + i))
                    .when()
                    .post("/api/v1/certificates/self-signed")
                    .then()
                    .statusCode(201);
        }

        var first = admin().when()
                .get("/api/v1/certificates?q=list.example&limit=2")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .extract();
        String cursor = first.path("nextCursor");
        admin().when()
                .get("/api/v1/certificates?q=list.example&limit=2&cursor=" + cursor)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", is((Object) null));
        admin().when()
                .get("/api/v1/certificates?q=LIST.EXAMPLE&bound=false&kind=server")
                .then()
                .statusCode(200)
                .body("items", hasSize(3));
        admin().when()
                .get("/api/v1/certificates?q=list.example&expiresBefore="
                        + java.time.Instant.now().plus(java.time.Duration.ofHours(10 * 24 + 12)).toString())
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
    }
}
