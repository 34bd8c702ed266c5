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
import java.util.Map;
import java.util.Set;
import org.layoutstudio.editor.model.EventAddress;
import org.layoutstudio.editor.model.ServerBackground;
import org.layoutstudio.editor.model.ServerOrigin;
import org.layoutstudio.layout.LayoutJson;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.pretix.TicketLayoutResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder with the unsaved state of open documents, so that a crash or kill loses at most the last
 * seconds: one subfolder per document with {@code meta.json} (name, file, and where on pretix it
 * belongs with the server's copy), the layout, the background PDF and — when it differs — the
 * server's background. A clean close deletes the entries; on the next start
 * {@link #recoverable()} lists what is left. Plain Java; writes are atomic per file.
 */
public final class CrashJournal {
    private static final Logger LOG = LoggerFactory.getLogger(CrashJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BACKGROUND = "background.pdf";
    private static final String SERVER_BACKGROUND = "server-background.pdf";

    private final Path directory;
    private final Map<String, Long> lastSequence = new HashMap<>();
    private final Set<String> removed = new HashSet<>();

    public CrashJournal(Path directory) {
        this.directory = directory;
    }

    /** {@code <user cache dir>/layout-studio/journal}: ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
    public static Path defaultDirectory() {
        return org.layoutstudio.layout.UserCache.dir().resolve("journal");
    }

    public Path directory() {
        return directory;
    }

    /** The state of one document at one moment (taken on the FX thread, written off it). */
    public record Snapshot(String name, Path file, ServerOrigin origin, String layoutJson, byte[] background, long sequence) {
    }

    /** A document found in the journal. */
    public record Entry(String id, String name, Path file, ServerOrigin origin, Instant savedAt, String layoutJson,
                        byte[] background) {
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
        meta.put("savedAt", Instant.now().toString());
        ServerOrigin origin = s.origin();
        if (origin != null) {
            ObjectNode o = meta.putObject("origin");
            o.put("server", origin.event().server());
            o.put("organizer", origin.event().organizer());
            o.put("event", origin.event().event());
            o.put("connection", origin.connectionName());
            // the resource as pretix sent it, number literals kept
            o.put("resource", LayoutJson.writeCompact(origin.layout().raw()));
            o.put("backgroundSource", origin.background().source().name());
            o.put("backgroundProblem", origin.background().problem());
            boolean sameAsShown = origin.background().pdf() == s.background();
            o.put("backgroundSameAsShown", sameAsShown);
            if (!sameAsShown && origin.background().source() != ServerBackground.Source.PRETIX_DEFAULT) {
                atomicWrite(dir.resolve(SERVER_BACKGROUND), origin.background().pdf());
            }
        }
        atomicWrite(dir.resolve(BACKGROUND), s.background());
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
            Path bgFile = dir.resolve(BACKGROUND);
            byte[] bg = Files.isRegularFile(bgFile) ? Files.readAllBytes(bgFile) : PretixDefaults.ticketBackgroundPdf();
            JsonNode o = meta.get("origin");
            ServerOrigin origin = o != null && o.isObject() ? origin(o, dir, bg) : null;
            String file = meta.path("file").isTextual() ? meta.get("file").asText() : null;
            return new Entry(id, meta.path("name").asText(""), file == null ? null : Path.of(file),
                    origin, Instant.parse(meta.path("savedAt").asText()), layout, bg);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Skipping unreadable journal entry {}: {}", dir, e.toString());
            return null;
        }
    }

    private static ServerOrigin origin(JsonNode o, Path dir, byte[] shown) throws IOException {
        EventAddress event = new EventAddress(o.path("server").asText(), o.path("organizer").asText(), o.path("event").asText());
        String connection = o.path("connection").isTextual() ? o.get("connection").asText() : null;
        TicketLayoutResource resource;
        try {
            resource = TicketLayoutResource.fromJson(LayoutJson.parse(o.path("resource").asText()));
        } catch (org.layoutstudio.layout.LayoutFormatException | IllegalArgumentException e) {
            throw new IOException("the server copy in the journal cannot be read", e);
        }
        ServerBackground.Source source = ServerBackground.Source.valueOf(o.path("backgroundSource").asText("DOWNLOADED"));
        Path serverBg = dir.resolve(SERVER_BACKGROUND);
        byte[] pdf = o.path("backgroundSameAsShown").asBoolean() ? shown
                : source == ServerBackground.Source.PRETIX_DEFAULT ? PretixDefaults.ticketBackgroundPdf()
                : Files.readAllBytes(serverBg);
        String problem = o.path("backgroundProblem").isTextual() ? o.get("backgroundProblem").asText() : null;
        return new ServerOrigin(event, connection, resource, new ServerBackground(pdf, source, problem));
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
