package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.layoutstudio.layout.PretixDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pretix URL space: {@code /api/v1/...} with DRF's order of checks (authentication 401,
 * organizer/event permission 403, unknown object 404, wrong method 405), the static default
 * background and public media files.
 */
final class PretixRoutes implements FrontDoor.Routes {
    private static final Logger LOG = LoggerFactory.getLogger(PretixRoutes.class);
    private static final String API = "/api/v1/";

    private final SandboxState state;
    private final LayoutEndpoint layouts;
    private final UploadEndpoint upload;
    private final CertificateEndpoint certificates;
    private final TicketDownloadEndpoint tickets;

    PretixRoutes(SandboxState state) {
        this.state = state;
        this.layouts = new LayoutEndpoint(state);
        this.upload = new UploadEndpoint(state);
        this.certificates = new CertificateEndpoint(state);
        this.tickets = new TicketDownloadEndpoint(state);
    }

    @Override
    public HttpReply handle(ApiRequest r) {
        try {
            return route(r);
        } catch (ApiError e) {
            return e.reply();
        } catch (RuntimeException e) {
            LOG.warn("Sandbox request {} {} failed", r.method(), r.path(), e);
            return HttpReply.detail(500, "Internal server error in the sandbox: " + e);
        }
    }

    private HttpReply route(ApiRequest r) {
        String path = r.path();
        if (path.equals(Resources.DEFAULT_BACKGROUND_PATH)) {
            return fileOnly(r, HttpReply.bytes(200, "application/pdf", PretixDefaults.ticketBackgroundPdf()));
        }
        if (path.startsWith("/media/")) {
            FileStore.MediaFile f = state.files().media(path);
            return f == null ? HttpReply.htmlNotFound() : fileOnly(r, HttpReply.bytes(200, f.contentType(), f.bytes()));
        }
        if (!path.startsWith(API)) {
            return HttpReply.htmlNotFound();
        }
        if (path.equals(API + "version")) {
            state.tokens().authenticate(r.header("Authorization"));
            allow(r, "GET");
            return HttpReply.json(200, Resources.version(state.faults().pretixVersion()));
        }
        if (path.equals(API + "upload")) {
            Tokens.Principal p = state.tokens().authenticate(r.header("Authorization"));
            return upload.handle(r, p);
        }
        if (!path.endsWith("/")) {
            return HttpReply.htmlNotFound();
        }
        List<String> seg = segments(path.substring(API.length()));
        if (seg.isEmpty() || !seg.get(0).equals("organizers")) {
            return HttpReply.htmlNotFound();
        }
        Tokens.Principal p = state.tokens().authenticate(r.header("Authorization"));
        if (seg.size() == 1) {
            allow(r, "GET");
            List<JsonNode> all = new ArrayList<>();
            state.data().organizers().stream().filter(o -> o.slug().equals(p.organizer()))
                    .forEach(o -> all.add(Resources.organizer(o, r.origin())));
            return Pagination.page(r, all);
        }
        String orgSlug = seg.get(1);
        if (seg.size() == 2) {
            DemoData.Organizer o = state.data().organizer(orgSlug);
            if (o == null || !o.slug().equals(p.organizer())) {
                throw ApiError.notFound();
            }
            allow(r, "GET");
            return HttpReply.json(200, Resources.organizer(o, r.origin()));
        }
        // OrganizerPermission: an unknown organizer or someone else's is 403, as in pretix
        if (state.data().organizer(orgSlug) == null || !orgSlug.equals(p.organizer())) {
            throw ApiError.forbidden();
        }
        if (!seg.get(2).equals("events")) {
            return HttpReply.htmlNotFound();
        }
        if (seg.size() == 3) {
            allow(r, "GET");
            List<JsonNode> all = new ArrayList<>();
            state.data().events().stream().filter(e -> e.organizer().equals(orgSlug))
                    .forEach(e -> all.add(Resources.event(e, state.data(), r.origin())));
            return Pagination.page(r, all);
        }
        DemoData.Event event = state.data().event(orgSlug, seg.get(3));
        if (event == null) {
            throw ApiError.forbidden();
        }
        if (!r.isSafeMethod() && !p.canWrite()) {
            throw ApiError.forbidden();
        }
        if (seg.size() == 4) {
            allow(r, "GET");
            return HttpReply.json(200, Resources.event(event, state.data(), r.origin()));
        }
        return eventResource(r, p, event, seg.subList(4, seg.size()));
    }

    private HttpReply eventResource(ApiRequest r, Tokens.Principal p, DemoData.Event event, List<String> seg) {
        String resource = seg.get(0);
        String id = seg.size() > 1 ? seg.get(1) : null;
        switch (resource) {
            case "settings":
                // pretix's event settings: the languages live here, not on the event resource.
                if (seg.size() > 1) {
                    return HttpReply.htmlNotFound();
                }
                allow(r, "GET");
                return HttpReply.json(200, Resources.eventSettings(event));
            case "items":
                return catalog(r, seg, state.data().items(event).stream().map(i -> (JsonNode) Resources.item(i)).toList(),
                        id);
            case "questions":
                return catalog(r, seg, state.data().questions(event).stream()
                        .map(q -> (JsonNode) Resources.question(q, state.data(), event)).toList(), id);
            case "orderpositions":
                if (seg.size() == 3 && seg.get(2).equals("certificate")) {
                    return certificates.handle(r, event, parseId(id));
                }
                if (seg.size() == 4 && seg.get(2).equals("download")) {
                    return tickets.handle(r, event, parseId(id), seg.get(3));
                }
                if (seg.size() > 2) {
                    return HttpReply.htmlNotFound();
                }
                return positions(r, event, id);
            case "orders":
                if (seg.size() > 2) {
                    return HttpReply.htmlNotFound();
                }
                return orders(r, event, id);
            case "ticketlayouts":
                if (seg.size() > 2) {
                    return HttpReply.htmlNotFound();
                }
                return id == null ? layouts.list(r, p, event) : layouts.one(r, p, event, parseId(id));
            case "ticketlayoutitems":
                if (seg.size() > 2) {
                    return HttpReply.htmlNotFound();
                }
                return layouts.assignments(r, event, id == null ? null : parseId(id));
            default:
                return HttpReply.htmlNotFound();
        }
    }

    private static HttpReply catalog(ApiRequest r, List<String> seg, List<JsonNode> all, String id) {
        if (seg.size() > 2) {
            return HttpReply.htmlNotFound();
        }
        allow(r, "GET");
        if (id == null) {
            return Pagination.page(r, all);
        }
        int wanted = parseId(id);
        return all.stream().filter(n -> n.path("id").asInt() == wanted).findFirst()
                .map(n -> HttpReply.json(200, n)).orElseThrow(ApiError::notFound);
    }

    /** pretix's orders: each with its language ({@code locale}, which its tickets are printed in) and positions. */
    private HttpReply orders(ApiRequest r, DemoData.Event event, String code) {
        allow(r, "GET");
        boolean pdf = "true".equalsIgnoreCase(r.param("pdf_data"));
        java.util.Map<DemoData.Order, List<DemoData.Position>> byOrder = new java.util.LinkedHashMap<>();
        for (DemoData.Position p : state.data().positions(event)) {
            byOrder.computeIfAbsent(p.order(), o -> new ArrayList<>()).add(p);
        }
        List<JsonNode> out = new ArrayList<>();
        byOrder.forEach((o, positions) -> {
            if (code == null || o.code().equals(code)) {
                out.add(Resources.order(o, positions.stream()
                        .map(p -> (JsonNode) Resources.position(p, state.data(), event, state.pdfData(), pdf)).toList()));
            }
        });
        if (code != null) {
            return out.stream().findFirst().map(n -> HttpReply.json(200, n)).orElseThrow(ApiError::notFound);
        }
        return Pagination.page(r, out);
    }

    private HttpReply positions(ApiRequest r, DemoData.Event event, String id) {
        allow(r, "GET");
        boolean pdf = "true".equalsIgnoreCase(r.param("pdf_data"));
        List<DemoData.Position> all = state.data().positions(event);
        if (id != null) {
            int wanted = parseId(id);
            return all.stream().filter(p -> p.id() == wanted).findFirst()
                    .map(p -> HttpReply.json(200, Resources.position(p, state.data(), event, state.pdfData(), pdf)))
                    .orElseThrow(ApiError::notFound);
        }
        String search = r.param("search");
        String order = r.param("order");
        String status = r.param("order__status");
        String item = r.param("item");
        List<JsonNode> out = new ArrayList<>();
        for (DemoData.Position p : all) {
            if (search != null && !search.isBlank() && !matches(p, search.trim())) {
                continue;
            }
            if (order != null && !order.isEmpty() && !p.order().code().equals(order)) {
                continue;
            }
            if (status != null && !status.isEmpty() && !p.order().status().equals(status)) {
                continue;
            }
            if (item != null && !item.isEmpty() && !Integer.toString(p.item().id()).equals(item)) {
                continue;
            }
            out.add(Resources.position(p, state.data(), event, state.pdfData(), pdf));
        }
        return Pagination.page(r, out);
    }

    /** pretix's position search: order code, attendee name, email, secret (case-insensitive, contains). */
    private static boolean matches(DemoData.Position p, String q) {
        String needle = q.toLowerCase(Locale.ROOT);
        return p.order().code().toLowerCase(Locale.ROOT).contains(needle)
                || p.attendeeName().toLowerCase(Locale.ROOT).contains(needle)
                || p.email().toLowerCase(Locale.ROOT).contains(needle)
                || p.order().email().toLowerCase(Locale.ROOT).contains(needle)
                || p.secret().toLowerCase(Locale.ROOT).startsWith(needle);
    }

    /** Files are GET/HEAD only and need no authentication, like pretix's static and media URLs. */
    private static HttpReply fileOnly(ApiRequest r, HttpReply file) {
        if (!r.method().equals("GET") && !r.method().equals("HEAD")) {
            return HttpReply.bytes(405, "text/html; charset=utf-8", new byte[0]).withHeader("Allow", "GET, HEAD");
        }
        return file;
    }

    /** DRF's 405 for a method the view does not have. */
    static void allow(ApiRequest r, String... methods) {
        List<String> allowed = new ArrayList<>(Arrays.asList(methods));
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        if (!allowed.contains(r.method())) {
            throw new ApiError(HttpReply.detail(405, "Method \"" + r.method() + "\" not allowed.")
                    .withHeader("Allow", String.join(", ", allowed)));
        }
    }

    /** A non-numeric id matches no route in pretix's URL patterns for integer lookups: 404. */
    static int parseId(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw ApiError.notFound();
        }
    }

    private static List<String> segments(String rest) {
        List<String> out = new ArrayList<>();
        for (String s : rest.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
