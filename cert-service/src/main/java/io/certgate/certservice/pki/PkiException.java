package io.certgate.certservice.pki;

import java.util.Objects;

/** Certificate or key input that cannot be used, with a stable code and a message fit to show the user. */
public class PkiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PkiError code;

    /**
     * The message is shown to users: it must never carry key material, a password, or the text of a
     * library exception (those name internal classes). The cause is kept for the server log only.
     */
    public PkiException(PkiError code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public PkiException(PkiError code, String message) {
        this(code, message, null);
    }

    public PkiError code() {
        return code;
    }
}
