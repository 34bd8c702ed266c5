package org.layoutstudio.sandbox;

import java.util.Locale;

/**
 * {@code .../orderpositions/{id}/certificate/} of the pretix-certificates plugin: the bare URL
 * always starts a preparation and answers 303 with a relative {@code Location} carrying
 * {@code ?result=<uuid>}; that URL answers 409 until the PDF is ready, then 200 with the PDF.
 */
final class CertificateEndpoint {
    static final String CANCELED = "Downloads are not available for canceled or expired orders.";

    private final SandboxState state;

    CertificateEndpoint(SandboxState state) {
        this.state = state;
    }

    HttpReply handle(ApiRequest r, DemoData.Event event, int positionId) {
        PretixRoutes.allow(r, "GET");
        DemoData.Position p = state.data().positions(event).stream().filter(x -> x.id() == positionId).findFirst()
                .orElseThrow(ApiError::notFound);
        if (p.order().canceled()) {
            throw ApiError.detail(403, CANCELED);
        }
        String key = LayoutStore.key(event.organizer(), event.slug()) + "/certificate/" + positionId;
        String result = r.param("result");
        if (result == null) {
            PreparedFiles.Job job = state.preparedFiles().start(key, state.certificatePreparation());
            return HttpReply.empty(303).withHeader("Location", r.path() + "?result=" + job.id);
        }
        PreparedFiles.Job job = state.preparedFiles().find(result, key);
        if (job == null) {
            throw ApiError.notFound();
        }
        byte[] pdf = state.preparedFiles().file(job, state.faults().certificatesNeverReady(),
                () -> CertificatePdf.render(content(event, p)));
        String filename = event.slug().toUpperCase(Locale.ROOT) + "-" + p.order().code() + "-" + p.positionid()
                + "-certificate.pdf";
        return HttpReply.bytes(200, "application/pdf", pdf)
                .withHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    private CertificatePdf.Content content(DemoData.Event e, DemoData.Position p) {
        LocalFormats f = new LocalFormats(p.order().locale());
        boolean de = f.language().equals("de");
        String location = f.pick(e.location()).split("\n")[0];
        return new CertificatePdf.Content(
                de ? "Teilnahmebescheinigung" : "Certificate of Attendance",
                de ? "Hiermit wird bestätigt, dass" : "This is to certify that",
                p.attendeeName(),
                de ? "an folgender Veranstaltung teilgenommen hat:" : "has attended",
                f.pick(e.name()),
                f.dateRange(e.dateFrom(), e.dateTo()),
                location,
                state.data().organizerOf(e).name(),
                p.order().code() + "-" + p.positionid() + " · " + p.secret().substring(0, 8));
    }
}
