package org.layoutstudio.editor.save;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.editor.document.PdfPages;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutValidator;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.Preflight;

/** pretix's schema (errors: pretix would refuse the layout) and the preflight on the background's page (warnings). */
public final class PretixChecks implements LayoutChecks {
    private final LayoutValidator validator = LayoutValidator.pretix();
    private final Preflight preflight;

    public PretixChecks() {
        this(new Preflight());
    }

    public PretixChecks(Preflight preflight) {
        this.preflight = preflight;
    }

    @Override
    public List<Finding> check(LayoutDocument layout, byte[] backgroundPdf) {
        List<Finding> out = new ArrayList<>();
        validator.validate(layout).findings().forEach(f -> out.add(convert(f)));
        PageGeometry page = null;
        if (backgroundPdf != null) {
            try {
                PdfPages.Info info = PdfPages.info(backgroundPdf);
                page = new PageGeometry(info.widthMm(), info.heightMm(), info.pages());
            } catch (IOException e) {
                out.add(Finding.warning("The background PDF cannot be read: " + e.getMessage()));
            }
        }
        preflight.check(layout, page).findings().forEach(f -> out.add(convert(f)));
        return out;
    }

    private static Finding convert(org.layoutstudio.layout.Finding f) {
        String s = f.toString();
        s = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return new Finding(f.isError() ? Finding.Severity.ERROR : Finding.Severity.WARNING, s);
    }
}
