package org.layoutstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.css.Stylesheet;

/**
 * The build step that writes the app's own style sheets in JavaFX's binary form as well ({@code .bss}
 * beside each {@code .css}, as JavaFX ships Modena and AtlantaFX its themes): JavaFX reads a binary
 * sheet in place of the text when it finds one beside it, and the text is parsed on the UI thread
 * before the first window (lexer and parser run cold there, 10–20 ms for the shell's sheet).
 */
public final class BinaryStylesheets {
    /** Class path resources (.css) written in binary form. */
    static final List<String> SHEETS = List.of(
            "org/layoutstudio/app/shell.css",
            "org/layoutstudio/ui/icon-view.css");

    private BinaryStylesheets() {
    }

    /** The class path name of {@code css}'s binary form. */
    static String binaryName(String css) {
        return css.substring(0, css.length() - ".css".length()) + ".bss";
    }

    /** Writes each sheet's binary form under the classes folder given. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        for (String css : SHEETS) {
            Path text = Files.createTempFile("stylesheet", ".css");
            try (InputStream in = BinaryStylesheets.class.getResourceAsStream("/" + css)) {
                if (in == null) {
                    throw new IOException(css + " is not on the class path");
                }
                Files.copy(in, text, StandardCopyOption.REPLACE_EXISTING);
                Path binary = classes.resolve(binaryName(css));
                Files.createDirectories(binary.getParent());
                Stylesheet.convertToBinary(text.toFile(), binary.toFile());
            } finally {
                Files.deleteIfExists(text);
            }
        }
    }
}
