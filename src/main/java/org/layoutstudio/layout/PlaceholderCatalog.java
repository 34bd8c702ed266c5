package org.layoutstudio.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * pretix's text variables (PRETIX.md §5.7): key, label and the sample value pretix's editor and
 * preview show, in pretix's order. Event-specific keys (name-scheme parts, questions, meta
 * properties) follow patterns; {@link #isKnown(String)} accepts those too.
 */
public final class PlaceholderCatalog {
    /** Content values that are not variables but ask for the element's own text. */
    public static final String OTHER = "other";
    public static final String OTHER_I18N = "other_i18n";

    private static final Map<String, Placeholder> BY_KEY = new LinkedHashMap<>();
    private static final Pattern EVENT_SPECIFIC = Pattern.compile(
            "(attendee_name|invoice_name)_[a-z_]+|question_[A-Za-z0-9_-]+|(meta|itemmeta):.+");
    /** {@code {placeholder}} inside custom texts, exactly as pretix's renderer matches it. */
    public static final Pattern INTERPOLATION = Pattern.compile("\\{([a-zA-Z0-9:_]+)\\}");

    static {
        p("secret", "Ticket code (barcode content)", "tdmruoekvkpbv1o2mv8xccvqcikvr58u");
        p("order", "Order code", "A1B2C");
        p("positionid", "Order position number", "1");
        p("order_positionid", "Order code and position number", "A1B2C-1");
        p("item", "Product name", "Sample product");
        p("variation", "Variation name", "Sample variation");
        p("item_description", "Product description", "Sample product description");
        p("itemvar", "Product name and variation", "Sample product – sample variation");
        p("itemvar_description", "Product variation description", "Sample product variation description");
        p("item_category", "Product category", "Ticket category");
        p("price", "Price", "123.45 EUR");
        p("price_with_bundled", "Price including bundled products", "123.45 EUR");
        p("price_with_addons", "Price including add-ons and bundled products", "123.45 EUR");
        p("attendee_name", "Attendee name", "Dr John Doe");
        p("attendee_name_for_salutation", "Attendee name for salutation", "Mr Doe");
        p("attendee_company", "Attendee company", "Sample company");
        p("attendee_address", "Full attendee address", "John Doe\nSample company\nSesame Street 42\n12345 Any City\nAtlantis");
        p("attendee_street", "Attendee street", "Sesame Street 42");
        p("attendee_zipcode", "Attendee ZIP code", "12345");
        p("attendee_city", "Attendee city", "Any City");
        p("attendee_state", "Attendee state", "Sample State");
        p("attendee_country", "Attendee country", "Atlantis");
        p("attendee_email", "Attendee email", "foo@bar.com");
        p("pseudonymization_id", "Pseudonymization ID (lead scanning)", "GG89JUJDTA");
        p("event_name", "Event name", "Sample event name");
        p("event_series_name", "Event series", "Sample event name");
        p("event_date", "Event date", "May 31st, 2017");
        p("event_date_range", "Event date range", "May 31st – June 4th, 2017");
        p("event_begin", "Event begin date and time", "2017-05-31 20:00");
        p("event_begin_date", "Event begin date", "2017-05-31");
        p("event_begin_time", "Event begin time", "20:00");
        p("event_begin_weekday", "Event begin weekday", "Friday");
        p("event_end", "Event end date and time", "2017-05-31 22:00");
        p("event_end_date", "Event end date", "2017-05-31");
        p("event_end_time", "Event end time", "22:00");
        p("event_end_weekday", "Event end weekday", "Friday");
        p("event_admission", "Event admission date and time", "2017-05-31 19:00");
        p("event_admission_time", "Event admission time", "19:00");
        p("event_location", "Event location", "Random City");
        p("telephone", "Phone number", "+01 1234 567890");
        p("email", "Email", "foo@bar.com");
        p("invoice_name", "Invoice address name", "Dr John Doe");
        p("invoice_name_for_salutation", "Invoice address name for salutation", "Mr Doe");
        p("invoice_company", "Invoice address company", "Sample company");
        p("invoice_street", "Invoice address street", "Sesame Street 42");
        p("invoice_zipcode", "Invoice address ZIP code", "12345");
        p("invoice_city", "Invoice address city", "Sample city");
        p("invoice_state", "Invoice address state", "Sample State");
        p("invoice_country", "Invoice address country", "Atlantis");
        p("addons", "List of Add-Ons", "Add-on 1\n2x Add-on 2");
        p("organizer", "Organizer name", "Event organizer company");
        p("organizer_info_text", "Organizer info text", "Event organizer info text");
        p("event_info_text", "Event info text", "Event info text");
        p("now_date", "Printing date", "2017-05-31");
        p("now_datetime", "Printing date and time", "2017-05-31 19:00");
        p("now_time", "Printing time", "19:00");
        p("purchase_date", "Purchase date", "2017-05-31");
        p("purchase_datetime", "Purchase date and time", "2017-05-31 19:00");
        p("purchase_time", "Purchase time", "19:00");
        p("valid_from_date", "Validity start date", "2017-05-31");
        p("valid_from_datetime", "Validity start date and time", "2017-05-31 19:00");
        p("valid_from_time", "Validity start time", "19:00");
        p("valid_until_date", "Validity end date", "2017-05-31");
        p("valid_until_datetime", "Validity end date and time", "2017-05-31 19:00");
        p("valid_until_time", "Validity end time", "19:00");
        p("program_times", "Program times: date and time", "2017-05-31 10:00 – 12:00\n2017-05-31 14:00 – 16:00\n2017-05-31 14:00 – 2017-06-01 14:00");
        p("medium_identifier", "Reusable Medium ID", "ABC1234DEF4567");
        p("seat", "Seat: Full name", "Ground floor, Row 3, Seat 4");
        p("seat_zone", "Seat: zone", "Ground floor");
        p("seat_row", "Seat: row", "3");
        p("seat_number", "Seat: seat number", "4");
        p("first_scan", "Date and time of first scan", "2017-05-31 19:00");
        p("giftcard_issuance_date", "Gift card: Issuance date", "2017-05-31");
        p("giftcard_expiry_date", "Gift card: Expiration date", "2017-05-31");
        // The parts of pretix's default name scheme ("given_name family_name" and its title form).
        p("attendee_name_given_name", "Attendee name: Given name", "John");
        p("attendee_name_family_name", "Attendee name: Family name", "Doe");
        p("attendee_name_title", "Attendee name: Title", "Dr");
        p("invoice_name_given_name", "Invoice address name: Given name", "John");
        p("invoice_name_family_name", "Invoice address name: Family name", "Doe");
    }

    private PlaceholderCatalog() {
    }

    private static void p(String key, String label, String sample) {
        BY_KEY.put(key, new Placeholder(key, label, sample));
    }

    /** Every built-in placeholder, in pretix's order. */
    public static List<Placeholder> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_KEY.values()));
    }

    public static Optional<Placeholder> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The sample value pretix's preview shows for a key; for meta keys their name, else "???" as pretix's editor does. */
    public static String sample(String key) {
        Placeholder p = BY_KEY.get(key);
        if (p != null) {
            return p.sample();
        }
        if (key.startsWith("meta:") || key.startsWith("itemmeta:")) {
            return key.substring(key.indexOf(':') + 1);
        }
        if (key.startsWith("question_")) {
            return "<Answer: " + key.substring("question_".length()) + ">";
        }
        return "???";
    }

    /** A built-in key or one that follows an event-specific pattern (name parts, questions, meta). */
    public static boolean isKnown(String key) {
        return BY_KEY.containsKey(key) || EVENT_SPECIFIC.matcher(key).matches();
    }

    /** Sample values for every built-in key, for sample previews. */
    public static Map<String, String> samples() {
        Map<String, String> m = new LinkedHashMap<>();
        BY_KEY.values().forEach(p -> m.put(p.key(), p.sample()));
        return m;
    }
}
