package io.certgate.notifier.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** notifier settings under {@code certgate.notifier}. */
@ConfigMapping(prefix = "certgate.notifier")
public interface NotifierConfig {

    /** Administrators who receive expiry and missing-certificate emails. */
    @WithDefault("admin@certgate.local")
    List<String> recipients();
}
