package org.layoutstudio.app;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Reads one bundle file as it is (no fallback to the base bundle). */
final class Bundles {
    private Bundles() {
    }

    static Map<String, String> load(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }
}
