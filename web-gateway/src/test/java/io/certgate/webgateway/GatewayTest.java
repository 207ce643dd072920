package io.certgate.webgateway;

import io.certgate.testing.CertServiceUnreachableProfile;
import io.certgate.testing.GatewayContractTest;
import io.certgate.testing.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(CertServiceUnreachableProfile.class)
class GatewayTest extends GatewayContractTest {
}
