package uk.beacon.config;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** The configuration files of config/, shipped inside the jar as beacon/config/. */
public final class ConfigResources {

    private ConfigResources() {
    }

    /** Opens beacon/config/{@code name}; fails clearly if the build left it out. */
    public static InputStream open(String name) {
        InputStream in = ConfigResources.class.getResourceAsStream("/beacon/config/" + name);
        if (in == null) {
            throw new IllegalStateException("beacon/config/" + name + " is missing from the classpath (config/" + name + " in the source)");
        }
        return in;
    }

    public static Reader reader(String name) {
        return new InputStreamReader(open(name), StandardCharsets.UTF_8);
    }
}
