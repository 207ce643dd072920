package io.certgate.certservice.crypto;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.certgate.certservice.audit.AuditLog;
import io.certgate.certservice.auth.Role;
import io.certgate.certservice.common.CurrentActor;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Master key rotation: after CERTGATE_MASTER_KEY changed, move every data key to it. */
@Path("/api/v1/master-key/rewrap")
@Tag(name = "Master key")
public class MasterKeyResource {

    private final MasterKeyRotation rotation;
    private final AuditLog audit;
    private final CurrentActor actor;

    MasterKeyResource(MasterKeyRotation rotation, AuditLog audit, CurrentActor actor) {
        this.rotation = rotation;
        this.audit = audit;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Re-wrap every stored data key under the current master key (also done at start-up)")
    public MasterKeyRotation.Result rewrap() {
        MasterKeyRotation.Result result = rotation.rewrapAll();
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record(actor.get(), "master-key.rewrap",
                        result.masterKeyId(),
                        result.rewrapped() + " re-wrapped, " + result.remaining() + " remaining"));
        return result;
    }
}
