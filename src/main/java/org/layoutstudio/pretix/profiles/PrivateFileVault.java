package org.layoutstudio.pretix.profiles;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fallback when no keyring works: a JSON file in the configuration directory that only the
 * user can read (POSIX 600; on Windows the user's profile folder is private already). The file is
 * created with those permissions before any secret is written into it.
 */
final class PrivateFileVault implements TokenVault {
    static final String FILE_NAME = "credentials.json";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    PrivateFileVault(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> read(String key) throws IOException {
        return Optional.ofNullable(load().get(key));
    }

    @Override
    public synchronized void write(String key, String token) throws IOException {
        TreeMap<String, String> all = load();
        all.put(key, token);
        store(all);
    }

    @Override
    public synchronized void delete(String key) throws IOException {
        TreeMap<String, String> all = load();
        if (all.remove(key) != null) {
            store(all);
        }
    }

    private TreeMap<String, String> load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        return json.readValue(file.toFile(), new TypeReference<TreeMap<String, String>>() {
        });
    }

    private void store(TreeMap<String, String> all) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix()) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
        }
        json.writeValue(tmp.toFile(), all);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
