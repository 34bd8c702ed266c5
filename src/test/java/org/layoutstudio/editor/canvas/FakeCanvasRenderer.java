package org.layoutstudio.editor.canvas;

import java.awt.image.BufferedImage;
import java.util.List;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.Units;

/** A stand-in renderer for gesture tests: one line of text per element, a checkered "QR", two A4 pages. */
public final class FakeCanvasRenderer implements CanvasRenderer {
    @Override
    public CanvasText layoutText(Element e, String text) {
        double top = e.type() == org.layoutstudio.layout.ElementType.TEXTAREA ? e.bottom() + 5 : e.bottom() + e.height();
        double leading = e.fontSize() * ElementGeometry.leadingFactor(e);
        return new CanvasText("fake", e.fontSize(), leading,
                List.of(new CanvasText.Line(text, 0, e.fontSize(), text.length() * e.fontSize() * 0.5)),
                Units.mmToPt(e.left()), Units.mmToPt(top), e.rotation(), e.color(), leading, "");
    }

    @Override
    public byte[] fontBytes(String fontKey) {
        return null;
    }

    @Override
    public boolean[][] qrModules(String content, boolean noWhitespace) {
        boolean[][] m = new boolean[21][21];
        for (int r = 0; r < 21; r++) {
            for (int c = 0; c < 21; c++) {
                m[r][c] = (r + c) % 2 == 0;
            }
        }
        return m;
    }

    @Override
    public ContentValues sampleValues() {
        return new ContentValues() {
            @Override
            public String textFor(Element element) {
                return element.text().isEmpty() ? element.content() : element.text();
            }

            @Override
            public String barcodeFor(Element element) {
                return "secret";
            }
        };
    }

    @Override
    public PageGeometry pages(byte[] pdf) {
        return new PageGeometry(210, 297, 2);
    }

    @Override
    public BufferedImage rasterize(byte[] pdf, int pageIndex, double pxPerPt) {
        return new BufferedImage((int) (PageGeometry.A4_PORTRAIT.widthPt() * pxPerPt), (int) (PageGeometry.A4_PORTRAIT.heightPt() * pxPerPt), BufferedImage.TYPE_INT_ARGB);
    }
}
