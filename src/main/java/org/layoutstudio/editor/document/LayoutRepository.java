package org.layoutstudio.editor.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layoutstudio.editor.model.EventAddress;
import org.layoutstudio.layout.PlaceholderCatalog;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.layout.PretixVersion;
import org.layoutstudio.pretix.EventMetaProperties;
import org.layoutstudio.pretix.ItemAssignment;
import org.layoutstudio.pretix.ItemInfo;
import org.layoutstudio.pretix.OrderPositionInfo;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.QuestionInfo;
import org.layoutstudio.pretix.TicketLayoutResource;
import org.layoutstudio.render.raster.BackgroundPdf;

/**
 * One pretix event as the editor sees it, over pretix's REST client: its layouts with product names,
 * a layout with its background, the event's languages and variables, attendees for the preview.
 * Writes go straight to {@link #client()} ({@code updateLayout}, {@code replaceLayout},
 * {@code createLayout}: the pretix package's one save path). Every method blocks: call it off the FX thread.
 */
public final class LayoutRepository implements AutoCloseable {
    /** A background that cannot be fetched is stood in for by a blank page of pretix's default size, A4. */
    static final double STAND_IN_WIDTH_MM = 210;
    static final double STAND_IN_HEIGHT_MM = 297;

    private final PretixClient client;
    private final String connectionName;
    private final String language;
    private final EventAddress address;
    /** Orders' languages asked so far (an order's language does not change while the app runs). */
    private final Map<String, Optional<String>> orderLocales = new java.util.concurrent.ConcurrentHashMap<>();
    /** The server's answer to "which pretix?", once it gave one (empty: it does not say). */
    private volatile Optional<PretixVersion> serverVersion;

    /**
     * @param connectionName the saved connection's name, null for the built-in demo server
     * @param language       for product and question names ("en")
     */
    public LayoutRepository(PretixClient client, String connectionName, String language) {
        this.client = client;
        this.connectionName = connectionName;
        this.language = language;
        this.address = new EventAddress(client.connection().baseUrl().toString(), client.connection().organizer(),
                client.connection().event());
    }

    public PretixClient client() {
        return client;
    }

    /** The event these layouts belong to. */
    public EventAddress address() {
        return address;
    }

    /** The saved connection's name, or null for the demo server. */
    public String connectionName() {
        return connectionName;
    }

    /** Every layout of the event with its assigned product names. */
    public List<LayoutSummary> list() throws PretixException {
        Map<Long, String> items = new HashMap<>();
        for (ItemInfo i : client.items()) {
            items.put(i.id(), i.name().get(language));
        }
        List<LayoutSummary> out = new ArrayList<>();
        for (TicketLayoutResource r : client.listLayouts()) {
            List<String> products = new ArrayList<>();
            for (ItemAssignment a : r.itemAssignments()) {
                String n = items.getOrDefault(a.item(), "#" + a.item());
                String label = "web".equals(a.salesChannel()) ? n : n + " (" + a.salesChannel() + ")";
                if (!products.contains(label)) {
                    products.add(label);
                }
            }
            out.add(new LayoutSummary(r, products));
        }
        return out;
    }

    /**
     * A layout with the PDF it is drawn on, as pretix reported it.
     *
     * @param background        the background's bytes, or the stand-in page when it could not be fetched
     * @param backgroundProblem why it could not be fetched, or null
     */
    public record Fetched(TicketLayoutResource layout, byte[] background, boolean pretixDefault, Throwable backgroundProblem) {
    }

    /**
     * Fetches a layout and its background. pretix's static default background is taken from the
     * built-in copy (no download); a background that cannot be fetched does not stop the layout from
     * opening: it comes with a blank A4 stand-in page (pretix's default size) and the reason.
     */
    public Fetched fetch(long id) throws PretixException {
        return withBackground(client.getLayout(id));
    }

    /**
     * The event's default layout (or its first) with its background, from the list alone (pretix lists
     * layouts whole): one request where listing and fetching took three. Empty when the event has none.
     */
    public Optional<Fetched> fetchDefault() throws PretixException {
        List<TicketLayoutResource> all = client.listLayouts();
        return all.stream().filter(TicketLayoutResource::isDefault).findFirst().or(() -> all.stream().findFirst())
                .map(this::withBackground);
    }

    /** The background of a layout the caller already has (e.g. the server's copy in a conflict). */
    public Fetched withBackground(TicketLayoutResource layout) {
        if (layout.hasPretixDefaultBackground()) {
            return new Fetched(layout, PretixDefaults.ticketBackgroundPdf(), true, null);
        }
        try {
            return new Fetched(layout, client.downloadBackground(layout.backgroundUrl()), false, null);
        } catch (PretixException e) {
            return new Fetched(layout, BackgroundPdf.blank(STAND_IN_WIDTH_MM, STAND_IN_HEIGHT_MM), false, e);
        }
    }

    /**
     * The server's pretix version, asked once per repository, so that the checks before saving can
     * say where that version prints differently; null when it is not known. A server that refuses
     * the question (pretix older than {@code /api/v1/version}) is not asked again; one that could not
     * be reached is asked again next time.
     */
    public PretixVersion serverVersion() {
        Optional<PretixVersion> known = serverVersion;
        if (known == null) {
            try {
                known = Optional.ofNullable(client.serverVersion());
            } catch (PretixException e) {
                if (!e.kind().serverSaidNo()) {
                    return null;
                }
                known = Optional.empty();
            }
            serverVersion = known;
        }
        return known.orElse(null);
    }

    /** The event's languages, questions and meta properties. */
    public EventContext eventContext() throws PretixException {
        List<String> locales;
        try {
            locales = client.eventLocales();
        } catch (PretixException e) {
            locales = List.of(); // settings need more permissions (or the server lacks them)
        }
        if (locales.isEmpty()) {
            try {
                locales = client.events().stream().filter(ev -> ev.slug().equals(address.event()))
                        .findFirst().map(ev -> ev.locales()).orElse(List.of());
            } catch (PretixException e) {
                locales = List.of(); // then the texts offer the layout's own languages
            }
        }
        List<EventVariable> texts = new ArrayList<>();
        List<EventVariable> images = new ArrayList<>();
        for (QuestionInfo q : client.questions()) {
            if (q.identifier().isEmpty()) {
                continue;
            }
            String text = q.question().get(language);
            String key = "question_" + q.identifier();
            if ("F".equals(q.type())) {
                images.add(new EventVariable(key, EventVariable.Kind.QUESTION, text, ""));
            } else {
                texts.add(new EventVariable(key, EventVariable.Kind.QUESTION, text,
                        PlaceholderCatalog.sample(key).replace(q.identifier(), text)));
            }
        }
        try {
            // As pretix's editor: meta:X for each event attribute, itemmeta:X for each item attribute.
            EventMetaProperties meta = client.eventMetaProperties();
            meta.eventValues().forEach((name, value) -> texts.add(new EventVariable("meta:" + name,
                    EventVariable.Kind.EVENT_ATTRIBUTE, name, value.isEmpty() ? name : value)));
            meta.itemKeys().forEach(name ->
                    texts.add(new EventVariable("itemmeta:" + name, EventVariable.Kind.ITEM_ATTRIBUTE, name, name)));
        } catch (PretixException e) {
            // without the event resource the picker simply offers no meta properties
        }
        return new EventContext(address.event(), locales, texts, images);
    }

    /** Order positions with their {@code pdf_data}, for previews with real data ({@code search} may be empty). */
    public List<AttendeeData> attendees(String search) throws PretixException {
        List<AttendeeData> out = new ArrayList<>();
        for (OrderPositionInfo p : client.searchOrderPositions(search)) {
            JsonNode data = p.pdfData();
            if (!data.isMissingNode()) {
                out.add(new AttendeeData(p.label(), data));
            }
        }
        return out;
    }

    /**
     * The attendee's values as pretix prints their ticket: with their order's language
     * ({@code locale}), which picks the language of texts given in several. pretix's values
     * ({@code pdf_data}) are already in that language; the order's language is on the order, so
     * this asks for it once per order. Values that name their language already are returned as they are.
     */
    public AttendeeData inOrderLanguage(AttendeeData attendee) throws PretixException {
        JsonNode data = attendee.pdfData();
        String order = data == null ? "" : data.path("order").asText("");
        if (data == null || data.hasNonNull("locale") || order.isEmpty() || !data.isObject()) {
            return attendee;
        }
        Optional<String> locale = orderLocales.containsKey(order) ? orderLocales.get(order) : client.orderLocale(order);
        orderLocales.put(order, locale);
        if (locale.isEmpty()) {
            return attendee;
        }
        ObjectNode withLocale = ((ObjectNode) data).deepCopy();
        withLocale.put("locale", locale.get());
        return new AttendeeData(attendee.label(), withLocale);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "LayoutRepository[" + address + (connectionName == null ? ", demo" : ", " + connectionName) + "]";
    }
}
