package org.layoutstudio.pretix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;

/**
 * A pretix ticket layout as the API returns it ({@code /ticketlayouts/}), immutable. The
 * {@code layout} array is kept exactly as received (number literals, key order, unknown element
 * types), unknown resource fields are kept in {@link #raw()}.
 *
 * <p>Edits are made with the {@code with…} methods; a new background is attached as a {@code file:}
 * id from {@link PretixClient#uploadBackground}. What goes back to pretix is decided by
 * {@link #patchBody(TicketLayoutResource)}, {@link #putBody()} and {@link #createBody()}: they
 * never contain {@code default: true} (pretix always rejects it), a background URL, or
 * {@code item_assignments}.
 */
public final class TicketLayoutResource {
    /** Sentinel for "send {@code background: null}" (back to pretix's default A4 background). */
    private static final String CLEAR = "";
    /**
     * Where pretix serves its default A4 ticket background ({@code static_absolute(event,
     * "pretixpresale/pdf/ticket_default_a4.pdf")}, PRETIX.md §1.3); a manifest storage may add a hash.
     */
    private static final java.util.regex.Pattern DEFAULT_BACKGROUND =
            java.util.regex.Pattern.compile(".*/pretixpresale/pdf/ticket_default_a4(\\.[0-9a-f]{6,})?\\.pdf");

    private final Long id;
    private final String name;
    private final boolean isDefault;
    private final JsonNode layout;
    private final String backgroundUrl;
    private final String newBackground;
    private final List<ItemAssignment> itemAssignments;
    private final ObjectNode raw;

    private TicketLayoutResource(Long id, String name, boolean isDefault, JsonNode layout, String backgroundUrl,
            String newBackground, List<ItemAssignment> itemAssignments, ObjectNode raw) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.isDefault = isDefault;
        this.layout = Objects.requireNonNull(layout, "layout");
        this.backgroundUrl = backgroundUrl;
        this.newBackground = newBackground;
        this.itemAssignments = List.copyOf(itemAssignments);
        this.raw = raw;
    }

    /** A layout not yet on the server (for {@link PretixClient#createLayout}). */
    public static TicketLayoutResource newLayout(String name, LayoutDocument layout) {
        return newLayout(name, layout.toJson());
    }

    /** A layout not yet on the server, from a raw JSON array. */
    public static TicketLayoutResource newLayout(String name, JsonNode layoutArray) {
        return new TicketLayoutResource(null, name, false, layoutArray, null, null, List.of(),
                JsonNodeFactory.instance.objectNode());
    }

    /**
     * Reads a resource from pretix's JSON (parsed with {@link LayoutJson} so that literals survive).
     *
     * @throws IllegalArgumentException when a required field is missing or has the wrong type
     */
    public static TicketLayoutResource fromJson(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a ticket layout is a JSON object");
        }
        JsonNode idNode = n.get("id");
        if (idNode == null || !idNode.canConvertToLong()) {
            throw new IllegalArgumentException("the ticket layout has no numeric id");
        }
        JsonNode layout = n.get("layout");
        if (layout == null || layout.isNull()) {
            layout = JsonNodeFactory.instance.arrayNode();
        }
        List<ItemAssignment> assignments = new ArrayList<>();
        for (JsonNode a : n.path("item_assignments")) {
            assignments.add(new ItemAssignment(a.path("item").asLong(), a.path("sales_channel").asText("web")));
        }
        JsonNode bg = n.get("background");
        return new TicketLayoutResource(idNode.asLong(), n.path("name").asText(""), n.path("default").asBoolean(false),
                layout, bg == null || bg.isNull() ? null : bg.asText(), null, assignments, ((ObjectNode) n).deepCopy());
    }

    /** pretix's id, or {@code null} for a layout not yet created. */
    public Long id() {
        return id;
    }

    /** The layout's name (pretix: "internal layout description"). */
    public String name() {
        return name;
    }

    /** Whether this is the event's default layout (set only in pretix's web UI). */
    public boolean isDefault() {
        return isDefault;
    }

    /** The layout array exactly as received or set (a copy). */
    public JsonNode layoutJson() {
        return layout.deepCopy();
    }

    /** The layout as a document for editing and rendering. */
    public LayoutDocument document() throws LayoutFormatException {
        return LayoutDocument.fromJson(layout.deepCopy());
    }

    /** The URL of the current background PDF as pretix reported it (pretix's default A4 when none), or {@code null}. */
    public String backgroundUrl() {
        return backgroundUrl;
    }

    /**
     * Whether the layout has no background of its own: pretix then reports the URL of its static
     * default A4 ticket background, which is the same file for every installation.
     */
    public boolean hasPretixDefaultBackground() {
        if (backgroundUrl == null) {
            return true;
        }
        String path = backgroundUrl;
        try {
            String p = java.net.URI.create(backgroundUrl.trim()).getPath();
            path = p == null ? backgroundUrl : p;
        } catch (IllegalArgumentException e) {
            // not a URL: matched as it is
        }
        return DEFAULT_BACKGROUND.matcher(path).matches();
    }

    /** The {@code file:} id of a new background to send, or {@code null}. */
    public String pendingBackgroundFile() {
        return newBackground == null || newBackground.equals(CLEAR) ? null : newBackground;
    }

    /** Whether the background is to be reset to pretix's default. */
    public boolean clearsBackground() {
        return CLEAR.equals(newBackground);
    }

    /** The products printed with this layout (read-only in the API). */
    public List<ItemAssignment> itemAssignments() {
        return itemAssignments;
    }

    /** The resource as received, with unknown fields (a copy). */
    public ObjectNode raw() {
        return raw.deepCopy();
    }

    /** A copy with another name. */
    public TicketLayoutResource withName(String newName) {
        return new TicketLayoutResource(id, newName, isDefault, layout, backgroundUrl, newBackground, itemAssignments, raw);
    }

    /** A copy with another layout. */
    public TicketLayoutResource withLayout(LayoutDocument doc) {
        return withLayout(doc.toJson());
    }

    /** A copy with another layout array (kept as given). */
    public TicketLayoutResource withLayout(JsonNode layoutArray) {
        if (!layoutArray.isArray()) {
            throw new IllegalArgumentException("a layout is a JSON array");
        }
        return new TicketLayoutResource(id, name, isDefault, layoutArray.deepCopy(), backgroundUrl, newBackground,
                itemAssignments, raw);
    }

    /**
     * A copy that will switch to an uploaded background.
     *
     * @param fileId the {@code file:…} id returned by {@link PretixClient#uploadBackground}
     */
    public TicketLayoutResource withBackgroundFile(String fileId) {
        if (fileId == null || !fileId.startsWith("file:")) {
            throw new IllegalArgumentException("A background is set with a file: id from the upload, not with " + fileId);
        }
        return new TicketLayoutResource(id, name, isDefault, layout, backgroundUrl, fileId, itemAssignments, raw);
    }

    /** A copy that will reset the background to pretix's default A4 ticket. */
    public TicketLayoutResource withDefaultBackground() {
        return new TicketLayoutResource(id, name, isDefault, layout, backgroundUrl, CLEAR, itemAssignments, raw);
    }

    /**
     * Whether the server's copy {@code current} still is what this resource was loaded as (name,
     * layout as pretix stores it, background URL): used to detect edits made elsewhere before saving
     * over them.
     */
    public boolean sameServerState(TicketLayoutResource current) {
        return Objects.equals(id, current.id) && name.equals(current.name)
                && Objects.equals(backgroundUrl, current.backgroundUrl) && sameAsStored(layout, current.layout);
    }

    /**
     * Whether two layout arrays are the same layout for pretix. pretix stores {@code json.dumps} of
     * the parsed array (PRETIX.md §1.3), so a number is its value ({@code 1.50} and {@code 1.5} are
     * one float there) while strings, keys and order count exactly.
     */
    static boolean sameAsStored(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameAsStored(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            java.util.Iterator<String> ak = a.fieldNames();
            java.util.Iterator<String> bk = b.fieldNames();
            while (ak.hasNext()) {
                String k = ak.next();
                if (!k.equals(bk.next()) || !sameAsStored(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Whether name, layout or the pending background differ from {@code other}. */
    public boolean differsFrom(TicketLayoutResource other) {
        return patchBody(other).size() > 0 || !Objects.equals(id, other.id);
    }

    /**
     * The PATCH body that turns {@code original} into this resource: only the fields that differ
     * (name, layout as pretix stores it, a pending background). Empty when nothing changed.
     */
    public ObjectNode patchBody(TicketLayoutResource original) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (!name.equals(original.name)) {
            body.put("name", name);
        }
        if (!sameAsStored(layout, original.layout)) {
            body.set("layout", layout.deepCopy());
        }
        putBackground(body);
        return body;
    }

    /** The PUT body: every writable field (name, layout) and the background only when it changes. */
    public ObjectNode putBody() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", name);
        body.set("layout", layout.deepCopy());
        putBackground(body);
        return body;
    }

    /** The POST body for a new layout: name, layout, and a background if one was attached. */
    public ObjectNode createBody() {
        return putBody();
    }

    private void putBackground(ObjectNode body) {
        if (CLEAR.equals(newBackground)) {
            body.putNull("background");
        } else if (newBackground != null) {
            body.put("background", newBackground);
        }
    }

    /** Id, name and element count, for logs. */
    @Override
    public String toString() {
        return "TicketLayoutResource[id=" + id + ", name=" + name + ", elements=" + layout.size()
                + (isDefault ? ", default" : "") + "]";
    }
}
