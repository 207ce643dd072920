package io.certgate.notifier.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Wording shared by the rules, so that every email names slots and dates the same way. */
final class Texts {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private Texts() {
    }

    static String at(Instant instant, ZoneId zone) {
        return AT.withZone(zone).format(instant);
    }

    static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    static String slot(BindingState binding) {
        String where = BindingState.ANY.equals(binding.address()) ? "all addresses" : binding.address();
        String name = BindingState.ANY.equals(binding.serverName())
                ? "default server name"
                : "server name " + binding.serverName();
        return binding.component() + " " + where + " (" + name + ")";
    }

    static String slots(List<BindingState> bindings) {
        return bindings.stream().map(Texts::slot).distinct().collect(Collectors.joining(", "));
    }

    static String certificate(CertificateState certificate) {
        return "'" + certificate.subject() + "' (SHA-256 " + certificate.sha256() + ")";
    }

    /** Names the certificate and, when it is an issuer, the leaf it belongs to, since the operator replaces leaves. */
    static String certificateIn(BindingState binding, CertificateState certificate) {
        if (certificate.equals(binding.certificate())) {
            return "certificate " + certificate(certificate);
        }
        return "issuer certificate " + certificate(certificate) + " in the chain of "
                + certificate(binding.certificate());
    }
}
