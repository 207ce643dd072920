package io.certgate.certservice.pki;

import java.security.cert.X509Certificate;

/**
 * A three-level chain made with the openssl command line: an RSA root CA, an EC P-256 intermediate CA (path
 * length 0) and an RSA leaf for ftp.example.com with DNS, IP, email and URI SANs. Files in the working directory:
 * root.pem/root.key, intermediate.pem/intermediate.key, leaf.pem/leaf.key (PKCS#8), chain.pem (leaf first).
 */
final class OpenSslChain {

    static final String LEAF_SERIAL = "1234abcd";
    static final String PRIVATE_EKU = "1.3.6.1.4.1.55555.1";

    private static final String CONFIG = """
            [req]
            distinguished_name = dn
            prompt = no
            [dn]
            CN = unused
            [root_ext]
            basicConstraints = critical,CA:true
            keyUsage = critical,keyCertSign,cRLSign
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid:always
            [intermediate_ext]
            basicConstraints = critical,CA:true,pathlen:0
            keyUsage = critical,keyCertSign,cRLSign
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid:always
            [leaf_ext]
            basicConstraints = critical,CA:false
            keyUsage = critical,digitalSignature,keyEncipherment
            extendedKeyUsage = serverAuth,clientAuth,%s
            subjectAltName = DNS:ftp.example.com,DNS:*.files.example.com,IP:192.0.2.10,IP:2001:db8:0:0:0:0:0:1,email:admin@example.com,URI:https://example.com/
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid:always
            """
            .formatted(PRIVATE_EKU);

    final OpenSsl openssl;
    final X509Certificate root;
    final X509Certificate intermediate;
    final X509Certificate leaf;

    OpenSslChain(OpenSsl openssl) {
        this.openssl = openssl;
        openssl.write("ca.cnf", CONFIG);
        openssl.run("req", "-x509", "-config", "ca.cnf", "-newkey", "rsa:2048", "-nodes", "-keyout", "root.key",
                "-out", "root.pem", "-subj", "/CN=Certgate Test Root", "-days", "30", "-extensions", "root_ext");
        openssl.run("req", "-new", "-config", "ca.cnf", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-keyout", "intermediate.key", "-out", "intermediate.csr", "-subj",
                "/CN=Certgate Test Intermediate");
        openssl.run("x509", "-req", "-in", "intermediate.csr", "-CA", "root.pem", "-CAkey", "root.key", "-set_serial",
                "0x0a", "-days", "30", "-extfile", "ca.cnf", "-extensions", "intermediate_ext", "-out",
                "intermediate.pem");
        openssl.run("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "leaf.key");
        openssl.run("req", "-new", "-config", "ca.cnf", "-key", "leaf.key", "-subj",
                "/C=US/O=Certgate Test/CN=ftp.example.com", "-out", "leaf.csr");
        openssl.run("x509", "-req", "-in", "leaf.csr", "-CA", "intermediate.pem", "-CAkey", "intermediate.key",
                "-set_serial", "0x" + LEAF_SERIAL.toUpperCase(), "-days", "30", "-extfile", "ca.cnf", "-extensions",
                "leaf_ext", "-out", "leaf.pem");
        openssl.write("chain.pem", openssl.concat("leaf.pem", "intermediate.pem", "root.pem"));
        openssl.write("ca-chain.pem", openssl.concat("intermediate.pem", "root.pem"));
        root = openssl.certificate("root.pem");
        intermediate = openssl.certificate("intermediate.pem");
        leaf = openssl.certificate("leaf.pem");
    }
}
