package org.layoutstudio.editor.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.ui.Texts;

class DocumentsTest {
    @TempDir
    Path dir;

    @Test
    void emptyPagesHaveTheChosenSize() throws Exception {
        for (PageFormat f : PageFormat.standard()) {
            PageGeometry info = BackgroundPdf.read(BackgroundPdf.blank(f.widthMm(), f.heightMm()));
            assertEquals(f.widthMm(), info.widthMm(), 0.01, f.toString());
            assertEquals(f.heightMm(), info.heightMm(), 0.01, f.toString());
            assertEquals(1, info.pageCount());
        }
        var doc = Documents.emptyPage(PageFormat.custom(88.9, 33.87), Texts.forLocale(Locale.ENGLISH));
        assertEquals(0, doc.layout().size());
        assertEquals("New layout (88.9 × 33.87 mm)", doc.nameProperty().get());
        assertEquals("Neues Layout (Etikett 100 × 50 mm)",
                Documents.emptyPage(PageFormat.standard().get(10), Texts.forLocale(Locale.GERMAN)).nameProperty().get());
        assertEquals("88.9 × 33.9 mm, 1 page", BackgroundPdf.read(doc.backgroundPdfProperty().get()).summary());
    }

    @Test
    void filesOpenWithTheirSiblingBackgroundAndBrokenFilesSaySo() throws Exception {
        Path json = dir.resolve("badge.json");
        Files.writeString(json, "[{\"type\":\"poweredby\",\"left\":\"1\",\"bottom\":\"1\",\"size\":\"5\",\"content\":\"dark\"}]");
        byte[] pdf = BackgroundPdf.blank(148, 105);
        Files.write(dir.resolve("badge.pdf"), pdf);
        var doc = Documents.openFile(json);
        assertEquals("badge", doc.nameProperty().get());
        assertEquals(pdf.length, doc.backgroundPdfProperty().get().length);
        assertTrue(!doc.isModified());

        Files.writeString(dir.resolve("broken.json"), "{\"type\": 1}");
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> Documents.openFile(dir.resolve("broken.json")));
        assertTrue(e.getMessage().startsWith("A layout is a JSON list"), e.getMessage());
        assertThrows(RenderException.class, () -> BackgroundPdf.read("not a pdf at all".getBytes()));
    }
}
