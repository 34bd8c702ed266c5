package org.layoutstudio.render.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.layoutstudio.layout.FontFacts;

/**
 * The fonts a layout's {@code fontfamily} resolves to, by pretix's rules (PRETIX.md §5.3, §5.8): Open
 * Sans is built in; another family is drawn only when the pretix event offers it (a font plugin) and
 * its TrueType files are installed here (the font folders: the system's and those the user added).
 * Anything else is drawn in Open Sans with {@link ResolvedFont#fallback()} set, as pretix does: never
 * in a font just because it happens to be installed. The font folders are looked at on first need,
 * through an index kept on disk. Thread-safe.
 */
public final class FontCatalog implements FontFacts {
    /** pretix's built-in family. */
    public static final String OPEN_SANS = "Open Sans";
    /** System property naming the font index file (tests point it into a temporary folder). */
    public static final String INDEX_PROPERTY = "layoutstudio.fontindex";

    private final FontIndex index;
    private volatile Set<String> offered = Set.of();
    private volatile Installed installed;
    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();
    private final Map<String, FontMetrics> metrics = new ConcurrentHashMap<>();

    FontCatalog(FontIndex index) {
        this.index = index;
    }

    /** Open Sans and the fonts in the system's font folders (indexed on first need, the index cached on disk). */
    public static FontCatalog standard() {
        return new FontCatalog(new FontIndex(systemFontFolders(), indexFile()));
    }

    /** Only Open Sans, the font every pretix has; more folders and files can be added. */
    public static FontCatalog builtInOnly() {
        return new FontCatalog(new FontIndex(List.of(), null));
    }

    /**
     * The families the pretix event offers besides Open Sans (its font plugins' families, exact
     * names as pretix registers them). Replaces the previous offer.
     */
    public void offer(Collection<String> families) {
        this.offered = Set.copyOf(new LinkedHashSet<>(families));
    }

    @Override
    public Set<String> offered() {
        return offered;
    }

    /**
     * Adds a font folder (searched recursively) or a single TrueType file to the installed fonts.
     *
     * @return the families found there, sorted
     * @throws FontException when the path does not exist, or is a file that is not a usable TrueType font
     */
    public List<String> add(Path fileOrFolder) throws FontException {
        if (Files.isRegularFile(fileOrFolder)) {
            FontIndex.readFace(fileOrFolder, 0, 0); // says what is wrong with a file given by name
        } else if (!Files.isDirectory(fileOrFolder)) {
            throw new FontException("The font file or folder " + fileOrFolder + " does not exist.");
        }
        index.add(fileOrFolder);
        installed = null;
        bytes.keySet().removeIf(k -> !k.startsWith(OPEN_SANS + "|")); // a face may now come from another file
        metrics.keySet().removeIf(k -> !k.startsWith(OPEN_SANS + "|"));
        Path root = fileOrFolder.toAbsolutePath().normalize();
        return index.faces().stream().filter(f -> f.file().startsWith(root)).map(FontIndex.Face::family)
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Forgets a font folder or file added before (the system's folders stay). */
    public void remove(Path fileOrFolder) {
        index.remove(fileOrFolder);
        installed = null;
        bytes.keySet().removeIf(k -> !k.startsWith(OPEN_SANS + "|"));
        metrics.keySet().removeIf(k -> !k.startsWith(OPEN_SANS + "|"));
    }

    /** The folders and files searched for installed fonts. */
    public List<Path> fontFolders() {
        return index.roots();
    }

    /** The families installed here (in the font folders), sorted; reading the folders on first call. */
    public List<String> installedFamilies() {
        List<String> names = new ArrayList<>(installed().families.keySet());
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    @Override
    public Availability availability(String family) {
        if (OPEN_SANS.equals(family)) {
            return Availability.BUILT_IN;
        }
        if (family == null || !offered.contains(family)) {
            return Availability.NOT_OFFERED;
        }
        return installed().families.containsKey(family) ? Availability.OFFERED : Availability.OFFERED_NOT_INSTALLED;
    }

    /**
     * The face for a layout's {@code fontfamily}, {@code bold} and {@code italic}: the family itself
     * when pretix offers it and it is installed (its nearest style: bold italic → bold → italic →
     * regular), else Open Sans in the style asked for, with {@code fallback} set.
     */
    public ResolvedFont resolve(String family, boolean bold, boolean italic) {
        if (availability(family) == Availability.OFFERED) {
            FontIndex.Face f = installed().nearest(family, bold, italic);
            return new ResolvedFont(family, f.bold(), f.italic(), false);
        }
        return new ResolvedFont(OPEN_SANS, bold, italic, !OPEN_SANS.equals(family));
    }

    @Override
    public String missingGlyphs(String family, boolean bold, boolean italic, String text) {
        if (availability(family) == Availability.OFFERED_NOT_INSTALLED || text == null) {
            return "";
        }
        FontMetrics m = metrics(resolve(family, bold, italic));
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        StringBuilder visual = new StringBuilder();
        for (String line : nfc.split("\n", -1)) {
            visual.append(Bidi.visual(line)).append('\n'); // what is printed: Arabic shaped, right-to-left reordered
        }
        // in reading order: by first place in the text; shaped Arabic forms after the rest
        int[] missing = m.missing(visual).codePoints().boxed()
                .sorted(java.util.Comparator.comparingInt(cp -> {
                    int at = nfc.indexOf(Character.toString(cp));
                    return at < 0 ? Integer.MAX_VALUE : at;
                })).mapToInt(Integer::intValue).toArray();
        return new String(missing, 0, missing.length);
    }

    /** The installed families whose regular face has every character of {@code chars}: offered ones first, each group sorted. */
    @Override
    public List<String> familiesCovering(String chars) {
        List<String> offeredOnes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int[] cps = chars.codePoints().toArray();
        for (String family : installedFamilies()) {
            FontIndex.Face f = installed().nearest(family, false, false);
            boolean all = true;
            for (int cp : cps) {
                all &= f.covers(cp);
            }
            if (all) {
                (offered.contains(family) ? offeredOnes : others).add(family);
            }
        }
        offeredOnes.addAll(others);
        return offeredOnes;
    }

    /** The TTF file's bytes of a resolved face (shared; do not modify). */
    public byte[] ttfBytes(ResolvedFont font) {
        return bytes.computeIfAbsent(font.key(), k -> load(font));
    }

    /** Metrics of a resolved face, parsed once. */
    public FontMetrics metrics(ResolvedFont font) {
        return metrics.computeIfAbsent(font.key(), k -> {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes(font)));
                return new FontMetrics(ttf);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + font.pretixName() + " cannot be read", e);
            }
        });
    }

    private byte[] load(ResolvedFont font) {
        if (OPEN_SANS.equals(font.family())) {
            return OpenSans.bytes(font.bold(), font.italic());
        }
        Path file = installed().nearest(font.family(), font.bold(), font.italic()).file();
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The font file " + file + " cannot be read", e);
        }
    }

    private Installed installed() {
        Installed i = installed;
        if (i == null) {
            i = new Installed(index.faces());
            installed = i;
        }
        return i;
    }

    /** The installed faces by family, up to four each (regular, bold, italic, bold italic). */
    private static final class Installed {
        final Map<String, FontIndex.Face[]> families = new HashMap<>();

        Installed(List<FontIndex.Face> faces) {
            for (FontIndex.Face f : faces) {
                FontIndex.Face[] slots = families.computeIfAbsent(f.family(), k -> new FontIndex.Face[4]);
                int slot = (f.bold() ? 1 : 0) + (f.italic() ? 2 : 0);
                // a later folder (the user's, added after the system's) wins; a regular style beats e.g. "Condensed"
                if (slots[slot] == null || f.ribbi() || !slots[slot].ribbi()) {
                    slots[slot] = f;
                }
            }
        }

        FontIndex.Face nearest(String family, boolean bold, boolean italic) {
            FontIndex.Face[] faces = families.get(family);
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
            throw new IllegalStateException("Empty font family " + family);
        }
    }

    /** The operating system's font folders (those that exist are searched). */
    static List<Path> systemFontFolders() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            String local = System.getenv("LOCALAPPDATA");
            return local == null ? List.of(Path.of(windir, "Fonts"))
                    : List.of(Path.of(windir, "Fonts"), Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        if (os.contains("mac")) {
            return List.of(Path.of("/System/Library/Fonts"), Path.of("/Library/Fonts"), home.resolve("Library/Fonts"));
        }
        return List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), home.resolve(".local/share/fonts"),
                home.resolve(".fonts"));
    }

    /** {@code <user cache dir>/layout-studio/font-index.json}, or the file named by {@value #INDEX_PROPERTY}. */
    static Path indexFile() {
        String override = System.getProperty(INDEX_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return org.layoutstudio.layout.UserCache.dir().resolve("font-index.json");
    }

    @Override
    public String toString() {
        return "FontCatalog[offered " + offered + ", folders " + index.roots() + "]";
    }
}
