package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.render.text.FontCatalog;

/**
 * reportlab applies no GSUB: "office" is six glyphs, one per character, although Open Sans 1.10 has
 * an "ffi" ligature in its 'liga' feature (which PDFBox would apply to Latin text by default).
 */
class NoGsubTest {
    @Test
    void everyCharacterIsItsOwnGlyph() throws Exception {
        LayoutDocument doc = LayoutDocument.parse("[{\"type\":\"textcontainer\",\"left\":\"10\",\"bottom\":\"250\",\"width\":\"150\","
                + "\"height\":\"20\",\"fontsize\":\"16.0\",\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,"
                + "\"align\":\"left\",\"verticalalign\":\"top\",\"content\":\"other\",\"text\":\"office\",\"color\":[0,0,0,1]}]");
        byte[] pdf = new TicketRenderer(FontCatalog.builtInOnly()).render(doc, TicketValues.sample(), null);
        List<Integer> glyphCounts = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<Object> tokens = new PDFStreamParser(d.getPage(0)).parse();
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator op && (op.getName().equals("Tj") || op.getName().equals("TJ"))) {
                    int bytes = 0;
                    Object operand = tokens.get(i - 1);
                    if (operand instanceof COSString s) {
                        bytes = s.getBytes().length;
                    } else if (operand instanceof COSArray a) {
                        for (COSBase b : a) {
                            bytes += b instanceof COSString s ? s.getBytes().length : 0;
                        }
                    }
                    glyphCounts.add(bytes / 2); // Identity-H: two bytes a glyph
                }
            }
        }
        assertEquals(List.of(6), glyphCounts, "o, f, f, i, c, e");
    }
}
