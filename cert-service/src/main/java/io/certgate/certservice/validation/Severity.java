package io.certgate.certservice.validation;

/**
 * How much a finding matters: an ERROR makes the certificate unusable, a WARNING deserves attention, INFO only informs.
 */
public enum Severity {
    ERROR, WARNING, INFO
}
