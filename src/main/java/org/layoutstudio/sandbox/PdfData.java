package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * pretix's {@code pdf_data} for one order position: every text variable of the renderer
 * (DEFAULT_VARIABLES, the name-scheme parts, the questions), the {@code meta:} and
 * {@code itemmeta:} keys, and {@code images}, evaluated in the order's language.
 */
final class PdfData {
    private final DemoData data;
    private final Clock clock;

    PdfData(DemoData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    ObjectNode of(DemoData.Event event, DemoData.Position p) {
        DemoData.Order o = p.order();
        LocalFormats f = new LocalFormats(o.locale());
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(event.zone());
        String name = p.attendeeName();
        String invoiceName = o.invoiceGiven() + " " + o.invoiceFamily();
        String item = f.pick(p.item().name());
        String eventName = f.pick(event.name());
        String price = f.money(p.price(), event.currency());

        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("secret", p.secret());
        d.put("order", o.code());
        d.put("positionid", Integer.toString(p.positionid()));
        d.put("order_positionid", o.code() + "-" + p.positionid());
        d.put("item", item);
        d.put("variation", "");
        d.put("item_description", f.pick(p.item().description()));
        d.put("itemvar", item);
        d.put("itemvar_description", f.pick(p.item().description()));
        d.put("item_category", p.item().category());
        d.put("price", price);
        d.put("price_with_bundled", price);
        d.put("price_with_addons", price);
        d.put("attendee_name", name);
        d.put("attendee_company", p.company());
        d.put("attendee_address", address(name, p.company(), p.street(), (p.zipcode() + " " + p.city()).trim(), f.country(p.country())));
        d.put("attendee_street", p.street());
        d.put("attendee_zipcode", p.zipcode());
        d.put("attendee_city", p.city());
        d.put("attendee_state", "");
        d.put("attendee_country", f.country(p.country()));
        d.put("attendee_email", p.email());
        d.put("pseudonymization_id", p.pseudonymizationId());
        d.put("event_name", eventName);
        d.put("event_series_name", eventName);
        d.put("event_date", f.date(event.dateFrom()));
        d.put("event_date_range", f.dateRange(event.dateFrom(), event.dateTo()));
        d.put("event_begin", f.shortDateTime(event.dateFrom()));
        d.put("event_begin_date", f.shortDate(event.dateFrom()));
        d.put("event_begin_time", f.time(event.dateFrom()));
        d.put("event_begin_weekday", f.weekday(event.dateFrom()));
        d.put("event_end", event.dateTo() == null ? "" : f.shortDateTime(event.dateTo()));
        d.put("event_end_date", event.dateTo() == null ? "" : f.shortDate(event.dateTo()));
        d.put("event_end_time", event.dateTo() == null ? "" : f.time(event.dateTo()));
        d.put("event_end_weekday", event.dateTo() == null ? "" : f.weekday(event.dateTo()));
        d.put("event_admission", event.admission() == null ? "" : f.shortDateTime(event.admission()));
        d.put("event_admission_time", event.admission() == null ? "" : f.time(event.admission()));
        d.put("event_location", f.pick(event.location()));
        d.put("telephone", o.phone());
        d.put("email", o.email());
        d.put("invoice_name", invoiceName);
        d.put("invoice_company", o.invoiceCompany());
        d.put("invoice_street", o.street());
        d.put("invoice_zipcode", o.zipcode());
        d.put("invoice_city", o.city());
        d.put("invoice_state", "");
        d.put("invoice_country", f.country(o.country()));
        d.put("addons", "");
        d.put("organizer", data.organizerOf(event).name());
        d.put("organizer_info_text", "");
        d.put("event_info_text", event.infoText());
        d.put("now_date", f.shortDate(now));
        d.put("now_datetime", f.shortDateTime(now));
        d.put("now_time", f.time(now));
        ZonedDateTime bought = o.datetime().withZoneSameInstant(event.zone());
        d.put("purchase_date", f.shortDate(bought));
        d.put("purchase_datetime", f.shortDateTime(bought));
        d.put("purchase_time", f.time(bought));
        for (String k : List.of("valid_from_date", "valid_from_datetime", "valid_from_time",
                "valid_until_date", "valid_until_datetime", "valid_until_time", "program_times", "medium_identifier",
                "seat", "seat_zone", "seat_row", "seat_number")) {
            d.put(k, "");
        }
        d.put("first_scan", p.checkins().isEmpty() ? "" : f.shortDateTime(p.checkins().get(0).withZoneSameInstant(event.zone())));
        d.put("giftcard_issuance_date", "");
        d.put("giftcard_expiry_date", "");
        d.put("attendee_name_for_salutation", name);
        d.put("invoice_name_for_salutation", invoiceName);
        // name scheme "given_family": each part and every combination of two or more parts
        d.put("attendee_name_given_name", p.givenName());
        d.put("attendee_name_family_name", p.familyName());
        d.put("attendee_name_given_name_family_name", name);
        d.put("invoice_name_given_name", o.invoiceGiven());
        d.put("invoice_name_family_name", o.invoiceFamily());
        d.put("invoice_name_given_name_family_name", invoiceName);
        for (DemoData.Question q : data.questions(event)) {
            String answer = answer(p, q, f);
            d.put("question_" + q.identifier(), answer);
            d.put("question_" + q.id(), answer);
        }
        for (Map.Entry<String, String> m : event.meta().entrySet()) {
            d.put("meta:" + m.getKey(), m.getValue());
        }
        for (Map.Entry<String, String> m : p.item().meta().entrySet()) {
            d.put("itemmeta:" + m.getKey(), m.getValue());
        }
        d.putObject("images");
        return d;
    }

    /** A choice answer is shown in the order's language, a text answer as typed. */
    static String answer(DemoData.Position p, DemoData.Question q, LocalFormats f) {
        String raw = p.answers().get(q.id());
        if (raw == null) {
            return "";
        }
        for (Map<String, String> option : q.options()) {
            if (option.get("en").equals(raw)) {
                return f.pick(option);
            }
        }
        return raw;
    }

    private static String address(String... lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l != null && !l.isBlank()) {
                out.add(l);
            }
        }
        return String.join("\n", out);
    }
}
