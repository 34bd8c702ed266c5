package org.layoutstudio.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.TicketValues;

/**
 * {@code …/orderpositions/{id}/download/{output}/} of pretix's API for the PDF ticket output, in
 * pretix's order of checks: an unknown output is 404 "Unknown output provider.", an unknown position
 * 404, a canceled order 403. The first request queues the rendering and answers 409 (pretix's
 * {@code RetryException}, without {@code Retry-After}); the ticket is ready after the preparation
 * time and then answers 200 with the PDF until the layout changes (pretix drops its cached tickets
 * when a layout is saved).
 *
 * <p>The PDF is the sandbox's own rendering: the layout pretix would use (the product's assignment,
 * else the event's default), the position's {@code pdf_data} in the order's language, Open Sans only
 * (pretix's fonts), and the {@link TicketDeviation} switched on in the faults, if any.
 */
final class TicketDownloadEndpoint {
    static final String OUTPUT = "pdf";
    static final String CANCELED = "Downloads are not available for canceled or expired orders.";

    private final SandboxState state;

    TicketDownloadEndpoint(SandboxState state) {
        this.state = state;
    }

    HttpReply handle(ApiRequest r, DemoData.Event event, int positionId, String output) {
        PretixRoutes.allow(r, "GET");
        if (!OUTPUT.equals(output)) {
            throw ApiError.detail(404, "Unknown output provider.");
        }
        DemoData.Position p = state.data().positions(event).stream().filter(x -> x.id() == positionId).findFirst()
                .orElseThrow(ApiError::notFound);
        if (p.order().canceled()) {
            throw ApiError.detail(403, CANCELED);
        }
        String eventKey = LayoutStore.key(event.organizer(), event.slug());
        LayoutStore.Layout layout = layoutFor(eventKey, p);
        TicketDeviation deviation = state.faults().ticketDeviation();
        String key = eventKey + "/ticket/" + positionId + "/" + fingerprint(layout, deviation);
        PreparedFiles.Job job = state.preparedFiles().startOnce(key, state.ticketPreparation());
        byte[] pdf = state.preparedFiles().file(job, state.faults().ticketsNeverReady(),
                () -> render(event, p, layout, deviation));
        String filename = event.slug().toUpperCase(Locale.ROOT) + "-" + p.order().code() + "-" + p.positionid() + "-"
                + OUTPUT + ".pdf";
        return HttpReply.bytes(200, "application/pdf", pdf)
                .withHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    /** The product's layout for the web channel, else the event's default; null when the event has none. */
    private LayoutStore.Layout layoutFor(String eventKey, DemoData.Position p) {
        return state.layouts().assignments(eventKey).stream()
                .filter(a -> a.itemId() == p.item().id() && "web".equals(a.salesChannel())).findFirst()
                .flatMap(a -> state.layouts().get(eventKey, a.layoutId()))
                .or(() -> state.layouts().list(eventKey).stream().filter(LayoutStore.Layout::isDefault).findFirst())
                .orElse(null);
    }

    private byte[] render(DemoData.Event event, DemoData.Position p, LayoutStore.Layout layout, TicketDeviation deviation) {
        try {
            LayoutDocument doc = layout == null ? PretixDefaults.ticketLayout() : LayoutDocument.parse(layout.layoutJson());
            if (deviation != null) {
                doc = deviation.apply(doc);
            }
            byte[] background = null;
            if (layout != null && layout.background() != null) {
                FileStore.MediaFile f = state.files().media(layout.background());
                background = f == null ? null : f.bytes();
            }
            TicketValues values = TicketValues.fromPdfData(
                    Resources.position(p, state.data(), event, state.pdfData(), true)).withLocale(p.order().locale());
            return state.ticketRenderer().render(doc, values, background);
        } catch (LayoutFormatException | RenderException e) {
            // pretix's rendering task would fail the same way; the sandbox answers 500
            throw new IllegalStateException("The sandbox could not render the ticket: " + e.getMessage(), e);
        }
    }

    /** What the ticket depends on besides the position: a new layout or deviation is a new ticket. */
    private static String fingerprint(LayoutStore.Layout layout, TicketDeviation deviation) {
        String what = (layout == null ? "built-in" : layout.id() + "\n" + layout.layoutJson() + "\n" + layout.background())
                + "\n" + (deviation == null ? "" : deviation.describe());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
