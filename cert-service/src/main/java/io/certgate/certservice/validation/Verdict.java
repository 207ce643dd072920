package io.certgate.certservice.validation;

/** The outcome of a validation: VALID when no finding is an error, INVALID otherwise. */
public enum Verdict {
    VALID, INVALID
}
