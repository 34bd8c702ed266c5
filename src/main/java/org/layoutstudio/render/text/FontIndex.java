package org.layoutstudio.render.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TrueType faces under some folders and files: family, style and the characters each face has.
 * Built on first use, not at start; kept in a cache file so that a font is parsed once: when a
 * folder's files change (added, removed, another size or time) only the changed files are read
 * again. Thread-safe.
 */
final class FontIndex {
    /** More font files than this under the folders are not indexed (a folder of the whole disk must not stall the app). */
    static final int MAX_FILES = 5_000;
    /** Larger font files are skipped (the largest CJK TrueType fonts are about 20 MB). */
    static final long MAX_FONT_BYTES = 64L * 1024 * 1024;
    private static final int FORMAT = 1;
    private static final int MAX_DEPTH = 8;
    private static final Logger LOG = LoggerFactory.getLogger(FontIndex.class);

    /** One indexed face; {@code ranges} are the code points it covers as inclusive pairs. */
    record Face(String family, boolean bold, boolean italic, boolean ribbi, Path file, long size, long modified,
                int[] ranges) {

        boolean covers(int cp) {
            int lo = 0;
            int hi = ranges.length / 2 - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (cp < ranges[2 * mid]) {
                    hi = mid - 1;
                } else if (cp > ranges[2 * mid + 1]) {
                    lo = mid + 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }

    private final Path cacheFile;
    private final Set<Path> roots = new LinkedHashSet<>();
    private List<Face> faces;
    private int parsed;

    /**
     * @param roots     folders (searched recursively) and single font files
     * @param cacheFile where the index is kept between runs; null for none
     */
    FontIndex(List<Path> roots, Path cacheFile) {
        this.cacheFile = cacheFile;
        roots.forEach(r -> this.roots.add(r.toAbsolutePath().normalize()));
    }

    /** Adds a folder or a font file; the next {@link #faces()} looks at it. */
    synchronized void add(Path root) {
        if (roots.add(root.toAbsolutePath().normalize())) {
            faces = null;
        }
    }

    /** Forgets a folder or file added before. */
    synchronized void remove(Path root) {
        if (roots.remove(root.toAbsolutePath().normalize())) {
            faces = null;
        }
    }

    synchronized List<Path> roots() {
        return List.copyOf(roots);
    }

    /** The faces, in file order; the first call (and the first after {@link #add}) looks at the disk. */
    synchronized List<Face> faces() {
        if (faces == null) {
            faces = build();
        }
        return faces;
    }

    /** How many font files the last build had to parse (the others came from the cache). */
    synchronized int parsedLastTime() {
        return parsed;
    }

    private List<Face> build() {
        Map<Path, Face> cached = readCache();
        List<Face> out = new ArrayList<>();
        List<Path> files = files();
        int fresh = 0;
        boolean changed = cached.size() != files.size();
        for (Path file : files) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                changed = true;
                continue;
            }
            long modified = a.lastModifiedTime().toMillis();
            Face known = cached.get(file);
            if (known != null && known.size() == a.size() && known.modified() == modified) {
                out.add(known);
                continue;
            }
            changed = true;
            if (a.size() > MAX_FONT_BYTES) {
                LOG.info("Font file {} skipped: larger than {} MB", file, MAX_FONT_BYTES >> 20);
                continue;
            }
            fresh++;
            Face face = read(file, a.size(), modified);
            out.add(face); // an unusable file is kept with an empty family so that it is not read again
        }
        parsed = fresh;
        if (changed) {
            writeCache(out);
        }
        LOG.debug("Font index: {} files, {} parsed", files.size(), fresh);
        return out.stream().filter(f -> !f.family().isEmpty()).toList();
    }

    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (out.size() >= MAX_FILES) {
                break;
            }
            if (Files.isRegularFile(root)) {
                out.add(root);
                continue;
            }
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
                walk.filter(FontIndex::isTrueType).sorted().limit(MAX_FILES - out.size()).forEach(out::add);
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("Cannot list the fonts in {}: {}", root, e.getMessage());
            }
        }
        return out;
    }

    private static boolean isTrueType(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") && Files.isRegularFile(p);
    }

    private static Face read(Path file, long size, long modified) {
        try {
            return readFace(file, size, modified);
        } catch (FontException e) {
            LOG.debug("Skipping font {}: {}", file, e.getMessage());
            return new Face("", false, false, false, file, size, modified, new int[0]);
        }
    }

    /** Reads family, style and character coverage from a TTF, checking that PDF embedding will work. */
    static Face readFace(Path file, long size, long modified) throws FontException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new FontException("The font file " + file + " does not exist.");
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            NamingTable names = ttf.getNaming();
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (names == null || names.getFontFamily() == null || cmap == null) {
                throw new FontException(name + " is not a usable TrueType font: it lacks a name or character table.");
            }
            if (ttf.getTableMap().get("glyf") == null) {
                throw new FontException(name + " has PostScript (CFF) outlines; only TrueType fonts can be embedded in tickets.");
            }
            String sub = names.getFontSubFamily() == null ? "" : names.getFontSubFamily().toLowerCase(Locale.ROOT);
            int mac = ttf.getHeader().getMacStyle();
            boolean bold = (mac & 1) != 0 || sub.contains("bold");
            boolean italic = (mac & 2) != 0 || sub.contains("italic") || sub.contains("oblique");
            boolean ribbi = sub.matches("regular|normal|book|roman|bold|italic|oblique|bold italic|bold oblique");
            return new Face(names.getFontFamily().trim(), bold, italic, ribbi, file, size, modified,
                    ranges(cmap, ttf.getNumberOfGlyphs()));
        } catch (IOException | RuntimeException e) {
            throw new FontException(name + " is not a TrueType font file (" + e.getMessage() + ").", e);
        }
    }

    private static int[] ranges(CmapLookup cmap, int glyphs) {
        List<Integer> codes = new ArrayList<>();
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> cps = cmap.getCharCodes(gid);
            if (cps != null) {
                codes.addAll(cps);
            }
        }
        int[] sorted = codes.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            int start = sorted[i];
            while (i + 1 < sorted.length && sorted[i + 1] == sorted[i] + 1) {
                i++;
            }
            r.add(start);
            r.add(sorted[i]);
        }
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    // ----- the cache file -----

    private Map<Path, Face> readCache() {
        Map<Path, Face> out = new HashMap<>();
        if (cacheFile == null || !Files.isRegularFile(cacheFile)) {
            return out;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(cacheFile.toFile());
            if (root.path("format").asInt() != FORMAT) {
                return out;
            }
            for (JsonNode f : root.path("faces")) {
                JsonNode r = f.path("ranges");
                int[] ranges = new int[r.size()];
                for (int i = 0; i < ranges.length; i++) {
                    ranges[i] = r.get(i).asInt();
                }
                Path file = Path.of(f.path("file").asText());
                out.put(file, new Face(f.path("family").asText(), f.path("bold").asBoolean(), f.path("italic").asBoolean(),
                        f.path("ribbi").asBoolean(), file, f.path("size").asLong(), f.path("modified").asLong(), ranges));
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("The font index {} cannot be read ({}); building it again", cacheFile, e.getMessage());
            out.clear();
        }
        return out;
    }

    private void writeCache(List<Face> all) {
        if (cacheFile == null) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("faces");
        for (Face f : all) {
            ObjectNode o = list.addObject();
            o.put("file", f.file().toString());
            o.put("size", f.size());
            o.put("modified", f.modified());
            o.put("family", f.family());
            o.put("bold", f.bold());
            o.put("italic", f.italic());
            o.put("ribbi", f.ribbi());
            ArrayNode r = o.putArray("ranges");
            for (int v : f.ranges()) {
                r.add(v);
            }
        }
        try {
            Files.createDirectories(cacheFile.getParent());
            Path tmp = cacheFile.resolveSibling(cacheFile.getFileName() + ".tmp");
            json.writeValue(tmp.toFile(), root);
            try {
                Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.info("The font index cannot be written to {}: {}", cacheFile, e.getMessage());
        }
    }
}
