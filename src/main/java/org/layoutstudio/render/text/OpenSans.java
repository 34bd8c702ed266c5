package org.layoutstudio.render.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * pretix's built-in font: Open Sans 1.10, the version in pretix's {@code static/fonts} (Apache-2.0,
 * licence in {@code fonts/open-sans/LICENSE.txt}). The files come from the WebJar of the npm package
 * npm-font-open-sans 1.1.0; their advance widths, glyph outlines and .notdef box are those of the
 * faces pretix embeds in its ticket PDFs (the WebJar's files list the contours of some glyphs in
 * another order, which changes no pixel).
 */
public final class OpenSans {
    private static final String DIR = "/META-INF/resources/webjars/npm-font-open-sans/1.1.0/fonts/";

    private OpenSans() {
    }

    /** The classpath resource of a style. */
    static String resource(boolean bold, boolean italic) {
        String style = bold ? (italic ? "BoldItalic" : "Bold") : (italic ? "Italic" : "Regular");
        return DIR + style + "/OpenSans-" + style + ".ttf";
    }

    /** The TTF bytes of a style. */
    public static byte[] bytes(boolean bold, boolean italic) {
        String name = resource(bold, italic);
        try (InputStream in = OpenSans.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in font " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in font " + name + " cannot be read", e);
        }
    }
}
