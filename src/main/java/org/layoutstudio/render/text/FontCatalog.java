package org.layoutstudio.render.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts a layout can name, by pretix family name ({@code fontfamily}): Open Sans built in (the
 * very TTF files pretix ships), the TrueType fonts installed under {@code /usr/share/fonts} (DejaVu,
 * Noto, Roboto … when installed) and font files the user adds. A family the catalogue does not know
 * resolves to Open Sans with {@link ResolvedFont#fallback()} set, as pretix's renderer does.
 * Thread-safe.
 */
public final class FontCatalog {
    /** pretix's built-in family. */
    public static final String OPEN_SANS = "Open Sans";

    private static final Logger LOG = LoggerFactory.getLogger(FontCatalog.class);
    private static final String OPEN_SANS_DIR = "/fonts/ttf/OpenSans/";
    private static final Path SYSTEM_FONTS = Paths.get("/usr/share/fonts");
    /**
     * Ascent and descent (1/1000 em) of the Open Sans 1.10 files pretix ships (OS/2 typo values 1567 and
     * -492 of 2048). The Maven artifact carries Open Sans 3 with larger typo values; reportlab's legacy
     * leading and pretix's textarea offsets depend on them, so the built-in faces use pretix's numbers.
     */
    static final double[] PRETIX_OPEN_SANS_VERTICAL = {1567 * 1000.0 / 2048, -492 * 1000.0 / 2048};
    private static volatile List<Face> systemFaces;

    /** Families by lower-case name; each with up to four faces (regular, bold, italic, bold italic). */
    private final Map<String, Family> families = new ConcurrentHashMap<>();
    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();
    private final Map<String, FontMetrics> metrics = new ConcurrentHashMap<>();

    private FontCatalog() {
    }

    /** Open Sans (built in) and the system's TrueType fonts. */
    public static FontCatalog standard() {
        FontCatalog c = builtInOnly();
        for (Face f : systemFaces()) {
            c.put(f, false);
        }
        return c;
    }

    /** Only Open Sans: the fonts every pretix server has. */
    public static FontCatalog builtInOnly() {
        FontCatalog c = new FontCatalog();
        c.put(new Face(OPEN_SANS, false, false, OPEN_SANS_DIR + "OpenSans-Regular.ttf", null), true);
        c.put(new Face(OPEN_SANS, true, false, OPEN_SANS_DIR + "OpenSans-Bold.ttf", null), true);
        c.put(new Face(OPEN_SANS, false, true, OPEN_SANS_DIR + "OpenSans-Italic.ttf", null), true);
        c.put(new Face(OPEN_SANS, true, true, OPEN_SANS_DIR + "OpenSans-BoldItalic.ttf", null), true);
        return c;
    }

    /**
     * Adds a TrueType font file under the family and style its name table gives; it replaces an
     * installed face of the same family and style.
     *
     * @return the face as it resolves now
     * @throws FontException when the file cannot be read or is not a TrueType font
     */
    public ResolvedFont addFile(Path ttf) throws FontException {
        Face face = readFace(ttf);
        put(face, true);
        return new ResolvedFont(face.family, face.bold, face.italic, false);
    }

    /** The family names known, sorted. */
    public List<String> families() {
        List<String> names = new ArrayList<>();
        families.values().forEach(f -> names.add(f.name));
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return Collections.unmodifiableList(names);
    }

    /** Whether the family is known (exactly or ignoring case). */
    public boolean knows(String family) {
        return family != null && families.containsKey(family.toLowerCase(Locale.ROOT));
    }

    /**
     * The face for a layout's {@code fontfamily}, {@code bold} and {@code italic}. An unknown family
     * gives Open Sans with {@code fallback} set; a known family without the style asked for gives its
     * nearest style (bold italic → bold → italic → regular).
     */
    public ResolvedFont resolve(String family, boolean bold, boolean italic) {
        Family f = family == null ? null : families.get(family.toLowerCase(Locale.ROOT));
        boolean fallback = f == null;
        if (fallback) {
            f = families.get(OPEN_SANS.toLowerCase(Locale.ROOT));
        }
        Face face = f.nearest(bold, italic);
        return new ResolvedFont(face.family, face.bold, face.italic, fallback);
    }

    /** The TTF file's bytes of a resolved face (shared; do not modify). */
    public byte[] ttfBytes(ResolvedFont font) {
        return bytes.computeIfAbsent(font.key(), k -> load(face(font)));
    }

    /** Metrics of a resolved face, parsed once. */
    public FontMetrics metrics(ResolvedFont font) {
        return metrics.computeIfAbsent(font.key(), k -> {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes(font)));
                return new FontMetrics(ttf, face(font).resource != null ? PRETIX_OPEN_SANS_VERTICAL : null);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + font.pretixName() + " cannot be read", e);
            }
        });
    }

    private Face face(ResolvedFont font) {
        Family f = families.get(font.family().toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new IllegalArgumentException("Unknown font " + font.pretixName());
        }
        return f.nearest(font.bold(), font.italic());
    }

    private void put(Face face, boolean replace) {
        Family family = families.computeIfAbsent(face.family.toLowerCase(Locale.ROOT), k -> new Family(face.family));
        int slot = (face.bold ? 1 : 0) + (face.italic ? 2 : 0);
        synchronized (family) {
            if (replace || family.faces[slot] == null || (face.ribbi && !family.faces[slot].ribbi)) {
                family.faces[slot] = face;
                String key = new ResolvedFont(face.family, face.bold, face.italic, false).key();
                bytes.remove(key);
                metrics.remove(key);
            }
        }
    }

    private static byte[] load(Face face) {
        try {
            if (face.file != null) {
                return Files.readAllBytes(face.file);
            }
            try (InputStream in = FontCatalog.class.getResourceAsStream(face.resource)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in font " + face.resource + " is missing from the classpath");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The font file " + face.file + " cannot be read", e);
        }
    }

    private static List<Face> systemFaces() {
        List<Face> faces = systemFaces;
        if (faces == null) {
            synchronized (FontCatalog.class) {
                faces = systemFaces;
                if (faces == null) {
                    faces = scan(SYSTEM_FONTS);
                    systemFaces = faces;
                }
            }
        }
        return faces;
    }

    private static List<Face> scan(Path dir) {
        List<Face> faces = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return faces;
        }
        try (Stream<Path> files = Files.walk(dir, 6)) {
            files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                    .sorted()
                    .forEach(p -> {
                        try {
                            faces.add(readFace(p));
                        } catch (FontException e) {
                            LOG.debug("Skipping system font {}: {}", p, e.getMessage());
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot list the system fonts in {}: {}", dir, e.getMessage());
        }
        LOG.debug("Found {} system font faces", faces.size());
        return faces;
    }

    /** Reads family and style from a TTF's name table, checking that PDF embedding will work. */
    static Face readFace(Path file) throws FontException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new FontException("The font file " + file + " does not exist.");
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            NamingTable names = ttf.getNaming();
            if (names == null || names.getFontFamily() == null || ttf.getUnicodeCmapLookup(false) == null) {
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
            return new Face(names.getFontFamily().trim(), bold, italic, null, file, ribbi);
        } catch (IOException | RuntimeException e) {
            throw new FontException(name + " is not a TrueType font file (" + e.getMessage() + ").", e);
        }
    }

    private static final class Family {
        final String name;
        final Face[] faces = new Face[4];

        Family(String name) {
            this.name = name;
        }

        synchronized Face nearest(boolean bold, boolean italic) {
            int want = (bold ? 1 : 0) + (italic ? 2 : 0);
            int[] order = switch (want) {
                case 3 -> new int[] {3, 1, 2, 0};
                case 1 -> new int[] {1, 0, 3, 2};
                case 2 -> new int[] {2, 0, 3, 1};
                default -> new int[] {0, 2, 1, 3};
            };
            for (int i : order) {
                if (faces[i] != null) {
                    return faces[i];
                }
            }
            throw new IllegalStateException("Empty font family " + name);
        }
    }

    /** One face: where its bytes are (a classpath resource or a file). */
    static final class Face {
        final String family;
        final boolean bold;
        final boolean italic;
        final String resource;
        final Path file;
        final boolean ribbi;

        Face(String family, boolean bold, boolean italic, String resource, Path file) {
            this(family, bold, italic, resource, file, true);
        }

        Face(String family, boolean bold, boolean italic, String resource, Path file, boolean ribbi) {
            this.family = family;
            this.bold = bold;
            this.italic = italic;
            this.resource = resource;
            this.file = file;
            this.ribbi = ribbi;
        }
    }

    @Override
    public String toString() {
        return "FontCatalog" + new TreeMap<>(families).keySet();
    }
}
