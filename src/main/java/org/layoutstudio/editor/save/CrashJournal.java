package org.layoutstudio.editor.save;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.layoutstudio.editor.document.ServerOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder with the unsaved state of open documents, so that a crash or kill loses at most the last
 * seconds: one subfolder per document with {@code meta.json} (name, file, server origin), the
 * layout and the background PDF. A clean close deletes the entries; on the next start
 * {@link #recoverable()} lists what is left. Plain Java; writes are atomic per file.
 */
public final class CrashJournal {
    private static final Logger LOG = LoggerFactory.getLogger(CrashJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Map<String, Long> lastSequence = new HashMap<>();
    private final Set<String> removed = new HashSet<>();

    public CrashJournal(Path directory) {
        this.directory = directory;
    }

    /** {@code <user cache dir>/layout-studio/journal}: ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
    public static Path defaultDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        Path cache;
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            cache = Path.of(System.getenv("LOCALAPPDATA"));
        } else if (os.contains("mac")) {
            cache = home.resolve("Library").resolve("Caches");
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        }
        return cache.resolve("layout-studio").resolve("journal");
    }

    public Path directory() {
        return directory;
    }

    /** The state of one document at one moment (taken on the FX thread, written off it). */
    public record Snapshot(String name, Path file, ServerOrigin origin, boolean backgroundChanged,
                           String layoutJson, byte[] background, long sequence) {
    }

    /** A document found in the journal. */
    public record Entry(String id, String name, Path file, ServerOrigin origin, boolean backgroundChanged,
                        Instant savedAt, String layoutJson, byte[] background) {
    }

    /**
     * Writes a document's entry; an older snapshot than the last one written, or one for an entry
     * already removed by a clean close, is ignored.
     */
    public synchronized void write(String id, Snapshot s) throws IOException {
        if (removed.contains(id) || s.sequence() < lastSequence.getOrDefault(id, Long.MIN_VALUE)) {
            return;
        }
        Path dir = directory.resolve(id);
        Files.createDirectories(dir);
        ObjectNode meta = JSON.createObjectNode();
        meta.put("name", s.name());
        meta.put("file", s.file() == null ? null : s.file().toAbsolutePath().toString());
        meta.put("backgroundChanged", s.backgroundChanged());
        meta.put("savedAt", Instant.now().toString());
        if (s.origin() != null) {
            ObjectNode o = meta.putObject("origin");
            o.put("layoutId", s.origin().layoutId());
            o.put("name", s.origin().name());
            o.put("default", s.origin().isDefault());
            o.put("layout", s.origin().layoutJson());
            o.put("backgroundUrl", s.origin().backgroundUrl());
        }
        if (s.background() != null) {
            atomicWrite(dir.resolve("background.pdf"), s.background());
        }
        atomicWrite(dir.resolve("layout.json"), s.layoutJson().getBytes(StandardCharsets.UTF_8));
        // meta last: an entry without meta.json is incomplete and not offered
        atomicWrite(dir.resolve("meta.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
        lastSequence.put(id, s.sequence());
    }

    /** Deletes an entry whose document is back at its saved state; later snapshots may write it again. */
    public synchronized void clear(String id, long sequence) {
        if (sequence < lastSequence.getOrDefault(id, Long.MIN_VALUE)) {
            return;
        }
        lastSequence.put(id, sequence);
        deleteEntry(directory.resolve(id));
    }

    /** Deletes an entry for good (the document was saved, discarded or closed cleanly). */
    public synchronized void remove(String id) {
        removed.add(id);
        deleteEntry(directory.resolve(id));
    }

    /** Deletes an entry found by {@link #recoverable()} (restored or dismissed). */
    public synchronized void forget(Entry entry) {
        deleteEntry(directory.resolve(entry.id()));
    }

    /** The documents a previous run left behind, newest first; unreadable entries are skipped. */
    public synchronized List<Entry> recoverable() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path dir : dirs) {
                String id = dir.getFileName().toString();
                if (lastSequence.containsKey(id)) {
                    continue; // ours, from this run
                }
                Entry e = readEntry(id, dir);
                if (e != null) {
                    out.add(e);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the crash journal {}: {}", directory, e.toString());
        }
        out.sort(Comparator.comparing(Entry::savedAt).reversed());
        return out;
    }

    private static Entry readEntry(String id, Path dir) {
        try {
            Path metaFile = dir.resolve("meta.json");
            if (!Files.isRegularFile(metaFile)) {
                return null;
            }
            JsonNode meta = JSON.readTree(metaFile.toFile());
            String layout = Files.readString(dir.resolve("layout.json"), StandardCharsets.UTF_8);
            Path bgFile = dir.resolve("background.pdf");
            byte[] bg = Files.isRegularFile(bgFile) ? Files.readAllBytes(bgFile) : null;
            ServerOrigin origin = null;
            JsonNode o = meta.get("origin");
            if (o != null && o.isObject()) {
                origin = new ServerOrigin(o.path("layoutId").asLong(), o.path("name").asText(),
                        o.path("default").asBoolean(), o.path("layout").asText(), o.path("backgroundUrl").asText(null));
            }
            String file = meta.path("file").isTextual() ? meta.get("file").asText() : null;
            return new Entry(id, meta.path("name").asText("Recovered layout"), file == null ? null : Path.of(file),
                    origin, meta.path("backgroundChanged").asBoolean(), Instant.parse(meta.path("savedAt").asText()),
                    layout, bg);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Skipping unreadable journal entry {}: {}", dir, e.toString());
            return null;
        }
    }

    private static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteEntry(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("Cannot delete journal entry {}: {}", dir, e.toString());
        }
    }
}
