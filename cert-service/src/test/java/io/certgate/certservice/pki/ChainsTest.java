package io.certgate.certservice.pki;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainsTest {

    @TempDir
    static Path dir;

    private static OpenSsl openssl;
    private static OpenSslChain chain;
    private static X509Certificate unrelated;
    private static X509Certificate impostor;

    @BeforeAll
    static void makeFixtures() {
        openssl = new OpenSsl(dir);
        chain = new OpenSslChain(openssl);
        openssl.run("req", "-x509", "-config", "ca.cnf", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-keyout", "unrelated.key", "-subj", "/CN=unrelated.example.com", "-days", "1", "-out",
                "unrelated.pem");
        // Same name as the real intermediate, different key: only the signature check can tell them apart.
        openssl.run("req", "-x509", "-config", "ca.cnf", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-keyout", "impostor.key", "-subj", "/CN=Certgate Test Intermediate", "-days", "1", "-out",
                "impostor.pem");
        unrelated = openssl.certificate("unrelated.pem");
        impostor = openssl.certificate("impostor.pem");
    }

    @Test
    void ordersEveryShuffleOfTheChainLeafFirst() {
        for (List<X509Certificate> shuffled : permutations(List.of(chain.root, chain.intermediate, chain.leaf))) {
            assertThat(Chains.orderLeafFirst(shuffled)).containsExactly(chain.leaf, chain.intermediate, chain.root);
            assertThat(Chains.leaf(shuffled)).isEqualTo(chain.leaf);
        }
    }

    @Test
    void keepsCertificatesOffThePathAtTheEndInInputOrder() {
        List<X509Certificate> input = List.of(chain.root, chain.leaf, unrelated, chain.intermediate);

        assertThat(Chains.orderLeafFirst(input)).containsExactly(chain.leaf, chain.intermediate, chain.root, unrelated);
    }

    @Test
    void choosesTheIssuerBySignatureNotByNameAlone() {
        List<X509Certificate> input = List.of(chain.leaf, impostor, chain.root, chain.intermediate);

        assertThat(Chains.orderLeafFirst(input)).containsExactly(chain.leaf, chain.intermediate, chain.root, impostor);
    }

    @Test
    void takesTheFirstCandidateWhenSeveralIssuedNothing() {
        List<X509Certificate> input = List.of(unrelated, chain.intermediate, chain.leaf);

        assertThat(Chains.leaf(input)).isEqualTo(unrelated);
        assertThat(Chains.orderLeafFirst(input)).containsExactly(unrelated, chain.intermediate, chain.leaf);
    }

    @Test
    void handlesTrivialInput() {
        assertThat(Chains.orderLeafFirst(List.of())).isEmpty();
        assertThat(Chains.orderLeafFirst(List.of(chain.root))).containsExactly(chain.root);
        assertThat(Chains.leaf(List.of(chain.intermediate))).isEqualTo(chain.intermediate);
        assertThatThrownBy(() -> Chains.leaf(List.of()))
                .isInstanceOfSatisfying(PkiException.class,
                        e -> assertThat(e.code()).isEqualTo(PkiError.NO_CERTIFICATE));
    }

    @Test
    void ordersWhatTheParserReadFromAShuffledPemFile() {
        ParsedBundle bundle = BundleParser.parse(openssl.concat("intermediate.pem", "root.pem", "leaf.pem"), null);

        assertThat(Chains.orderLeafFirst(bundle.certificates()))
                .containsExactly(chain.leaf, chain.intermediate, chain.root);
    }

    private static List<List<X509Certificate>> permutations(List<X509Certificate> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<X509Certificate>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<X509Certificate> rest = new ArrayList<>(items);
            X509Certificate head = rest.remove(i);
            for (List<X509Certificate> tail : permutations(rest)) {
                List<X509Certificate> permutation = new ArrayList<>();
                permutation.add(head);
                permutation.addAll(tail);
                result.add(permutation);
            }
        }
        return result;
    }
}
