package org.layoutstudio.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

/** The folder the user last saved a certificate into, so the next save starts there. */
public interface LastFolder {
    /** The folder, if one was remembered and still exists. */
    Optional<Path> get();

    void set(Path folder);

    /** Kept in the user's Java preferences (survives restarts). */
    static LastFolder preferences() {
        return preferences(Preferences.userRoot().node("org/layoutstudio/certificates"));
    }

    static LastFolder preferences(Preferences node) {
        String key = "lastFolder";
        return new LastFolder() {
            @Override
            public Optional<Path> get() {
                String value = node.get(key, null);
                if (value == null) {
                    return Optional.empty();
                }
                try {
                    Path p = Path.of(value);
                    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }

            @Override
            public void set(Path folder) {
                if (folder != null) {
                    node.put(key, folder.toAbsolutePath().toString());
                }
            }
        };
    }

    /** Forgotten when the program ends (tests, or when the app has no settings yet). */
    static LastFolder inMemory() {
        AtomicReference<Path> ref = new AtomicReference<>();
        return new LastFolder() {
            @Override
            public Optional<Path> get() {
                return Optional.ofNullable(ref.get()).filter(Files::isDirectory);
            }

            @Override
            public void set(Path folder) {
                ref.set(folder);
            }
        };
    }
}
