package org.layoutstudio.pretix.profiles;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved connection profiles, in {@code profiles.json} in the configuration directory, and which
 * one is active. Tokens are never written here.
 */
public final class ProfileStore {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileStore.class);
    public static final String FILE_NAME = "profiles.json";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final List<ConnectionProfile> profiles = new ArrayList<>();
    private String active;

    /** The file's shape on disk. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(String active, List<ConnectionProfile> profiles) {
    }

    public ProfileStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
        load();
    }

    /** The store in the user's configuration directory. */
    public static ProfileStore openDefault() {
        return new ProfileStore(ConfigDirs.configDir());
    }

    public Path file() {
        return file;
    }

    public synchronized List<ConnectionProfile> profiles() {
        return List.copyOf(profiles);
    }

    public synchronized Optional<ConnectionProfile> find(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The active profile; empty when none is configured (the app then runs the demo server). */
    public synchronized Optional<ConnectionProfile> active() {
        return active == null ? Optional.empty() : find(active);
    }

    /** Adds or replaces (by name) a profile and saves. */
    public synchronized void put(ConnectionProfile profile) throws IOException {
        profiles.removeIf(p -> p.name().equals(profile.name()));
        profiles.add(profile);
        save();
    }

    public synchronized void remove(String name) throws IOException {
        profiles.removeIf(p -> p.name().equals(name));
        if (name.equals(active)) {
            active = null;
        }
        save();
    }

    /** Makes {@code name} the active profile ({@code null}: the demo server). */
    public synchronized void setActive(String name) throws IOException {
        if (name != null && find(name).isEmpty()) {
            throw new IllegalArgumentException("There is no saved connection named \"" + name + "\".");
        }
        if (java.util.Objects.equals(active, name)) {
            return; // nothing to write (every demo start asks for "none", on the UI thread)
        }
        active = name;
        save();
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            if (stored.profiles() != null) {
                profiles.addAll(stored.profiles());
            }
            active = stored.active();
        } catch (IOException e) {
            // A broken file must not stop the app from starting: start with no profiles, keep the file.
            LOG.warn("Could not read {}: {}", file, e.getMessage());
        }
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        json.writeValue(tmp.toFile(), new Stored(active, profiles));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
