package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;

/** The JSON shapes of pretix's serializers for the resources the sandbox serves. */
final class Resources {
    static final String DEFAULT_BACKGROUND_PATH = "/static/pretixpresale/pdf/ticket_default_a4.pdf";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Resources() {
    }

    /** The pretix version the sandbox answers as: a release whose renderer rules the preview follows. */
    static final String PRETIX_VERSION = "2025.10.0";

    /**
     * {@code GET /api/v1/version}: only the field the app reads ({@code pretix_numeric} is left out);
     * {@code asked} is a version a test asked the sandbox to answer as (null: its own).
     */
    static ObjectNode version(String asked) {
        ObjectNode n = F.objectNode();
        n.put("pretix", asked == null ? PRETIX_VERSION : asked);
        return n;
    }

    static ObjectNode organizer(DemoData.Organizer o, String origin) {
        ObjectNode n = F.objectNode();
        n.put("name", o.name());
        n.put("slug", o.slug());
        n.put("public_url", origin + "/" + o.slug() + "/");
        return n;
    }

    /** The part of pretix's {@code …/settings/} the app reads: the event's languages. */
    static ObjectNode eventSettings(DemoData.Event e) {
        ObjectNode n = F.objectNode();
        ArrayNode locales = n.putArray("locales");
        e.locales().forEach(locales::add);
        n.put("locale", e.locales().isEmpty() ? "en" : e.locales().get(0));
        n.put("timezone", e.zone().getId());
        n.put("name_scheme", "given_family");
        return n;
    }

    static ObjectNode event(DemoData.Event e, DemoData data, String origin) {
        ObjectNode n = F.objectNode();
        n.set("name", i18n(e.name()));
        n.put("slug", e.slug());
        n.put("live", true);
        n.put("testmode", false);
        n.put("currency", e.currency());
        n.put("date_from", iso(e.dateFrom()));
        n.put("date_to", iso(e.dateTo()));
        n.put("date_admission", iso(e.admission()));
        n.put("is_public", true);
        n.putNull("presale_start");
        n.putNull("presale_end");
        n.set("location", i18n(e.location()));
        n.putNull("geo_lat");
        n.putNull("geo_lon");
        n.put("has_subevents", false);
        ObjectNode meta = n.putObject("meta_data");
        e.meta().forEach(meta::put);
        n.put("timezone", e.zone().getId());
        ObjectNode itemMeta = n.putObject("item_meta_properties");
        data.items(e).stream().flatMap(i -> i.meta().keySet().stream()).distinct().forEach(k -> itemMeta.put(k, ""));
        ArrayNode plugins = n.putArray("plugins");
        plugins.add("pretix.plugins.ticketoutputpdf");
        plugins.add("pretix.plugins.banktransfer");
        plugins.add("pretix_certificates");
        n.putNull("seating_plan");
        n.putObject("seat_category_mapping");
        n.putArray("sales_channels").add("web");
        n.put("public_url", origin + "/" + e.organizer() + "/" + e.slug() + "/");
        ArrayNode locales = n.putArray("locales");
        e.locales().forEach(locales::add);
        return n;
    }

    static ObjectNode item(DemoData.Item i) {
        ObjectNode n = F.objectNode();
        n.put("id", i.id());
        n.put("category", 1);
        n.set("name", i18n(i.name()));
        n.put("internal_name", (String) null);
        n.put("active", true);
        n.set("description", i18n(i.description()));
        n.put("default_price", i.price().toPlainString());
        n.put("free_price", false);
        n.putNull("tax_rate");
        n.put("tax_rule", (String) null);
        n.put("admission", true);
        n.put("personalized", true);
        n.put("position", i.id());
        n.putNull("picture");
        n.putArray("sales_channels").add("web");
        n.put("has_variations", false);
        n.putArray("variations");
        n.putArray("addons");
        n.putArray("bundles");
        ObjectNode meta = n.putObject("meta_data");
        i.meta().forEach(meta::put);
        return n;
    }

    static ObjectNode question(DemoData.Question q, DemoData data, DemoData.Event e) {
        ObjectNode n = F.objectNode();
        n.put("id", q.id());
        n.set("question", i18n(q.question()));
        n.putObject("help_text");
        n.put("type", q.type());
        n.put("required", q.required());
        ArrayNode items = n.putArray("items");
        data.items(e).forEach(i -> items.add(i.id()));
        ArrayNode options = n.putArray("options");
        int id = q.id() * 100;
        for (Map<String, String> o : q.options()) {
            ObjectNode on = options.addObject();
            on.put("id", ++id);
            on.put("identifier", o.get("en").toUpperCase(java.util.Locale.ROOT));
            on.put("position", id % 100 - 1);
            on.set("answer", i18n(o));
        }
        n.put("position", q.id() - 1);
        n.put("ask_during_checkin", false);
        n.put("identifier", q.identifier());
        n.put("hidden", false);
        return n;
    }

    /** An order as pretix's API shows it, with the fields the app reads (and its positions as given). */
    static ObjectNode order(DemoData.Order o, List<JsonNode> positions) {
        ObjectNode n = F.objectNode();
        n.put("code", o.code());
        n.put("status", o.status());
        n.put("email", o.email());
        n.put("phone", o.phone());
        n.put("locale", o.locale());
        n.put("datetime", iso(o.datetime()));
        n.put("sales_channel", "web");
        n.putArray("positions").addAll(positions);
        return n;
    }

    static ObjectNode position(DemoData.Position p, DemoData data, DemoData.Event e, PdfData pdfData, boolean withPdfData) {
        ObjectNode n = F.objectNode();
        n.put("id", p.id());
        n.put("order", p.order().code());
        n.put("positionid", p.positionid());
        n.put("item", p.item().id());
        n.putNull("variation");
        n.put("price", p.price().toPlainString());
        n.put("attendee_name", p.attendeeName());
        ObjectNode parts = n.putObject("attendee_name_parts");
        parts.put("_scheme", "given_family");
        parts.put("given_name", p.givenName());
        parts.put("family_name", p.familyName());
        n.put("company", p.company().isEmpty() ? null : p.company());
        n.put("street", p.street());
        n.put("zipcode", p.zipcode());
        n.put("city", p.city());
        n.put("country", p.country());
        n.putNull("state");
        n.put("attendee_email", p.email());
        n.putNull("voucher");
        n.put("tax_rate", "19.00");
        n.put("tax_value", p.price().multiply(new java.math.BigDecimal("19")).divide(new java.math.BigDecimal("119"), 2,
                java.math.RoundingMode.HALF_UP).toPlainString());
        n.put("secret", p.secret());
        n.putNull("addon_to");
        n.putNull("subevent");
        ArrayNode checkins = n.putArray("checkins");
        int cid = p.id() * 10;
        for (ZonedDateTime t : p.checkins()) {
            ObjectNode c = checkins.addObject();
            c.put("id", ++cid);
            c.put("list", 1);
            c.put("datetime", iso(t));
            c.put("type", "entry");
            c.putNull("gate");
            c.putNull("device");
            c.putNull("device_id");
            c.put("auto_checked_in", false);
        }
        n.putArray("downloads");
        ArrayNode answers = n.putArray("answers");
        LocalFormats f = new LocalFormats(p.order().locale());
        for (DemoData.Question q : data.questions(e)) {
            String raw = p.answers().get(q.id());
            if (raw == null) {
                continue;
            }
            ObjectNode a = answers.addObject();
            a.put("question", q.id());
            a.put("answer", PdfData.answer(p, q, f));
            a.put("question_identifier", q.identifier());
            ArrayNode opts = a.putArray("options");
            ArrayNode optIds = a.putArray("option_identifiers");
            for (int i = 0; i < q.options().size(); i++) {
                if (q.options().get(i).get("en").equals(raw)) {
                    opts.add(q.id() * 100 + i + 1);
                    optIds.add(raw.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        n.putNull("tax_rule");
        n.put("pseudonymization_id", p.pseudonymizationId());
        n.putNull("seat");
        n.put("canceled", false);
        n.putNull("valid_from");
        n.putNull("valid_until");
        n.putNull("blocked");
        if (withPdfData) {
            n.set("pdf_data", pdfData.of(e, p));
        }
        return n;
    }

    static ObjectNode layout(LayoutStore.Layout l, LayoutStore store, String origin) {
        ObjectNode n = F.objectNode();
        n.put("id", l.id());
        n.put("name", l.name());
        n.put("default", l.isDefault());
        n.set("layout", parseStored(l.layoutJson()));
        n.put("background", origin + (l.background() == null ? DEFAULT_BACKGROUND_PATH : l.background()));
        ArrayNode assignments = n.putArray("item_assignments");
        for (LayoutStore.Assignment a : store.assignmentsOf(l.id())) {
            ObjectNode an = assignments.addObject();
            an.put("item", a.itemId());
            an.put("sales_channel", a.salesChannel());
        }
        return n;
    }

    static ObjectNode assignment(LayoutStore.Assignment a) {
        ObjectNode n = F.objectNode();
        n.put("id", a.id());
        n.put("layout", a.layoutId());
        n.put("item", a.itemId());
        n.put("sales_channel", a.salesChannel());
        return n;
    }

    private static JsonNode parseStored(String json) {
        try {
            return LayoutJson.parse(json);
        } catch (LayoutFormatException e) {
            throw new IllegalStateException("Stored layout is not JSON", e);
        }
    }

    static ObjectNode i18n(Map<String, String> m) {
        ObjectNode n = F.objectNode();
        m.forEach(n::put);
        return n;
    }

    static String iso(ZonedDateTime t) {
        return t == null ? null : t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
