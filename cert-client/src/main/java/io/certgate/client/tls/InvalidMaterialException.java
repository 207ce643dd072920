package io.certgate.client.tls;

/** TLS material that is not structurally valid; the caller keeps its last good material. */
public class InvalidMaterialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidMaterialException(String message) {
        super(message);
    }

    public InvalidMaterialException(String message, Throwable cause) {
        super(message, cause);
    }
}
