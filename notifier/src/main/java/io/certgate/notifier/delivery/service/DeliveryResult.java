package io.certgate.notifier.delivery.service;

/** What one delivery run did: mails sent, notifications already in the ledger, and mails SMTP did not take. */
public record DeliveryResult(int sent, int skipped, int failed) {

    public DeliveryResult {
        if (sent < 0 || skipped < 0 || failed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
