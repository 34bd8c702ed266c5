package org.layoutstudio.pretix.profiles;

import java.io.IOException;
import java.util.Optional;

/** A place that keeps secrets by key: the OS keyring or the private fallback file. */
interface TokenVault {
    Optional<String> read(String key) throws IOException;

    void write(String key, String token) throws IOException;

    void delete(String key) throws IOException;
}
