package org.layoutstudio.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.text.FontCatalog;

/** Everything the sandbox knows: demo data, layouts, uploads, files being prepared (certificates, tickets). Thread-safe. */
public final class SandboxState {
    /** The name of the seeded default layout. */
    public static final String DEFAULT_LAYOUT_NAME = "Default layout";
    /** How long a ticket PDF is "being rendered" (409) after it was first asked for: a client sees one 409. */
    public static final Duration DEFAULT_TICKET_PREPARATION = Duration.ofSeconds(1);

    private final Tokens tokens = new Tokens();
    private final SandboxFaults faults;
    private final Clock clock;
    private final DemoData data = new DemoData();
    private final LayoutStore layouts = new LayoutStore();
    private final FileStore files;
    private final PreparedFiles preparedFiles;
    private final PdfData pdfData;
    private volatile Duration uploadLifetime;
    private volatile Duration certificatePreparation;
    private volatile Duration ticketPreparation = DEFAULT_TICKET_PREPARATION;
    private TicketRenderer ticketRenderer;

    SandboxState(SandboxOptions options, SandboxFaults faults) {
        this.faults = faults;
        this.clock = options.clock();
        this.uploadLifetime = options.uploadLifetime();
        this.certificatePreparation = options.certificatePreparation();
        this.files = new FileStore(clock);
        this.preparedFiles = new PreparedFiles(clock);
        this.pdfData = new PdfData(data, clock);
        seedLayouts();
    }

    private void seedLayouts() {
        String json = PretixDefaults.ticketLayout().toCompactJson();
        LayoutStore.Layout demo = layouts.create(LayoutStore.key(SandboxServer.ORGANIZER, SandboxServer.EVENT),
                DEFAULT_LAYOUT_NAME, true, json, null);
        for (DemoData.Item item : data.items(data.event(SandboxServer.ORGANIZER, SandboxServer.EVENT))) {
            layouts.assign(demo.id(), item.id(), "web");
        }
        layouts.create(LayoutStore.key(SandboxServer.OTHER_ORGANIZER, SandboxServer.OTHER_EVENT),
                DEFAULT_LAYOUT_NAME, true, json, null);
    }

    /** The demo event's attendees in id order, including the one of the canceled order. */
    public List<SandboxAttendee> attendees() {
        return data.positions(data.event(SandboxServer.ORGANIZER, SandboxServer.EVENT)).stream()
                .map(p -> new SandboxAttendee(p.id(), p.order().code(), p.positionid(), p.attendeeName(), p.email(),
                        p.company(), p.item().id(), p.order().canceled(), !p.checkins().isEmpty()))
                .toList();
    }

    /** The position id of an attendee whose order is canceled (certificates answer 403). */
    public int canceledPositionId() {
        return attendees().stream().filter(SandboxAttendee::canceled).findFirst().orElseThrow().positionId();
    }

    /** The demo event's layout names in pretix's order (by name). */
    public List<String> layoutNames() {
        return layouts.list(demoKey()).stream().map(LayoutStore.Layout::name).toList();
    }

    /** The id of the demo event's default layout, if it has one. */
    public Optional<Integer> defaultLayoutId() {
        return layouts.list(demoKey()).stream().filter(LayoutStore.Layout::isDefault).map(LayoutStore.Layout::id).findFirst();
    }

    /** The stored layout JSON text of a demo event layout, exactly as the server keeps it. */
    public Optional<String> layoutJson(int id) {
        return layouts.get(demoKey(), id).map(LayoutStore.Layout::layoutJson);
    }

    /**
     * Points a demo event layout's background at a media path where no file is (its download then
     * answers 404), as when an installation lost its media files or a CDN refuses.
     */
    public void loseBackgroundFile(int layoutId) {
        LayoutStore.Layout l = layouts.get(demoKey(), layoutId).orElseThrow();
        layouts.update(l.with(l.name(), l.isDefault(), l.layoutJson(), "/media/pub/" + SandboxServer.ORGANIZER + "/"
                + SandboxServer.EVENT + "/ticketoutputpdf/" + layoutId + "-lost.pdf"));
    }

    private static String demoKey() {
        return LayoutStore.key(SandboxServer.ORGANIZER, SandboxServer.EVENT);
    }

    Tokens tokens() {
        return tokens;
    }

    SandboxFaults faults() {
        return faults;
    }

    Clock clock() {
        return clock;
    }

    DemoData data() {
        return data;
    }

    LayoutStore layouts() {
        return layouts;
    }

    FileStore files() {
        return files;
    }

    PreparedFiles preparedFiles() {
        return preparedFiles;
    }

    /** pretix's renderer as the sandbox's ticket output uses it: Open Sans only (made on first use). */
    synchronized TicketRenderer ticketRenderer() {
        if (ticketRenderer == null) {
            ticketRenderer = new TicketRenderer(FontCatalog.builtInOnly());
        }
        return ticketRenderer;
    }

    /** Made at the first layout sent, not when the server starts (0.1 s of CPU in the demo's start). */
    LayoutValidator validator() {
        return LayoutValidator.shared();
    }

    PdfData pdfData() {
        return pdfData;
    }

    Duration uploadLifetime() {
        return uploadLifetime;
    }

    void setUploadLifetime(Duration d) {
        uploadLifetime = d;
    }

    Duration certificatePreparation() {
        return certificatePreparation;
    }

    void setCertificatePreparation(Duration d) {
        certificatePreparation = d;
    }

    Duration ticketPreparation() {
        return ticketPreparation;
    }

    /** How long a ticket PDF answers 409 after it was first asked for (applies to tickets not yet prepared). */
    public void setTicketPreparation(Duration d) {
        ticketPreparation = d;
    }
}
