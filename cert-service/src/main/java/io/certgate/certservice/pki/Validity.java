package io.certgate.certservice.pki;

/** Limits on requested certificate lifetimes. */
final class Validity {

    static final int MIN_DAYS = 1;
    /** Ten years: longer-lived server certificates are a mistake, not a requirement. */
    static final int MAX_DAYS = 3650;

    private Validity() {
    }

    static void requireDays(int validityDays) {
        if (validityDays < MIN_DAYS || validityDays > MAX_DAYS) {
            throw new PkiException(PkiError.INVALID_VALIDITY, "The validity must be between " + MIN_DAYS + " and "
                    + MAX_DAYS + " days, not " + validityDays + ".");
        }
    }
}
