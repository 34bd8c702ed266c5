package org.layoutstudio.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The folder the user last saved a certificate into, so the next save starts there. */
public interface LastFolder {
    /** The folder, if one was remembered and still exists. */
    Optional<Path> get();

    void set(Path folder);

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
