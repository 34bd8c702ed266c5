package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignAIkonHandler;

/**
 * The outlines in {@code icons.properties} are the glyphs of the icon font ikonli's Material Design
 * pack ships (a test library): each {@link Icon} is the pack's icon of the same name, traced from
 * the font into the 24 x 24 box (the font's em: 512 units, ascent 448). Run {@link #main} to write
 * the file anew after adding an icon.
 */
class IconOutlinesTest {
    private static final Path FILE = Path.of("src/main/resources/org/layoutstudio/ui/icons.properties");

    @Test
    void everyIconIsTheFontsGlyphOfTheSameName() throws IOException {
        assertEquals(expected(), Files.readString(FILE, StandardCharsets.ISO_8859_1),
                "icons.properties is not what the icon font gives; run IconOutlinesTest.main to write it");
    }

    @Test
    void everyIconHasAnOutlineInTheBox() {
        for (Icon icon : Icon.values()) {
            String outline = icon.outline();
            assertTrue(outline != null && outline.startsWith("M") && outline.endsWith("Z"), icon + ": " + outline);
            for (String number : outline.split("[A-Z ]+")) {
                if (!number.isEmpty()) {
                    double v = Double.parseDouble(number);
                    assertTrue(v >= -1 && v <= Icon.BOX + 1, icon + " reaches out of its box: " + v);
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, expected(), StandardCharsets.ISO_8859_1);
    }

    private static String expected() throws IOException {
        TrueTypeFont font;
        try (InputStream in = new MaterialDesignAIkonHandler().getFontResourceAsStream()) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        StringBuilder out = new StringBuilder("# Material Design Icons (Pictogrammers; Apache License 2.0, as ikonli's materialdesign2 pack\n"
                + "# ships them): outlines in a 24 x 24 box, y down. Written by IconOutlinesTest.main; do not edit.\n");
        double unit = Icon.BOX / font.getUnitsPerEm();
        double ascent = font.getHorizontalHeader().getAscender();
        for (Icon icon : Icon.values()) {
            int gid = font.getUnicodeCmapLookup().getGlyphId(ikon(icon).getCode());
            GlyphData glyph = font.getGlyph().getGlyph(gid);
            if (gid == 0 || glyph == null) {
                throw new IllegalStateException(icon + " has no glyph in the icon font");
            }
            out.append(icon.name()).append('=').append(svg(glyph.getPath().getPathIterator(null), unit, ascent)).append('\n');
        }
        font.close();
        return out.toString();
    }

    /** The pack's icon of the same name (its classes go by the first letter). */
    private static Ikon ikon(Icon icon) {
        String cls = "org.kordamp.ikonli.materialdesign2.MaterialDesign" + icon.name().charAt(0);
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Ikon found = (Ikon) Enum.valueOf((Class) Class.forName(cls), icon.name());
            return found;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(cls, e);
        }
    }

    private static String svg(PathIterator it, double unit, double ascent) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (; !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> points(d.append('M'), c, 1, unit, ascent);
                case PathIterator.SEG_LINETO -> points(d.append('L'), c, 1, unit, ascent);
                case PathIterator.SEG_QUADTO -> points(d.append('Q'), c, 2, unit, ascent);
                case PathIterator.SEG_CUBICTO -> points(d.append('C'), c, 3, unit, ascent);
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("segment " + type);
            }
        }
        return d.toString();
    }

    private static void points(StringBuilder d, double[] c, int n, double unit, double ascent) {
        for (int i = 0; i < n; i++) {
            d.append(i == 0 ? "" : " ").append(number(c[2 * i] * unit)).append(' ').append(number((ascent - c[2 * i + 1]) * unit));
        }
    }

    /** Three decimals (a 512-unit em in 24 px: one unit is 0.047 px), no trailing zeros. */
    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return "-0".equals(s) ? "0" : s;
    }
}
