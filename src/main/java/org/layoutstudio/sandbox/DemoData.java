package org.layoutstudio.sandbox;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fixed demo world: two organizers, the DemoCon event with three products, two questions
 * and 30 attendees (one canceled order, some checked in). Deterministic, so demo screenshots
 * and tests see the same names every run. Immutable after construction.
 */
final class DemoData {
    record Organizer(String slug, String name) {
    }

    record Event(String organizer, String slug, Map<String, String> name, ZonedDateTime dateFrom, ZonedDateTime dateTo,
                 ZonedDateTime admission, Map<String, String> location, String currency, List<String> locales,
                 Map<String, String> meta, String infoText) {
        ZoneId zone() {
            return dateFrom.getZone();
        }
    }

    record Item(int id, Map<String, String> name, Map<String, String> description, String category, BigDecimal price,
                Map<String, String> meta) {
    }

    record Question(int id, String identifier, Map<String, String> question, String type, boolean required,
                    List<Map<String, String>> options) {
    }

    record Order(String code, String status, String email, String phone, String locale, ZonedDateTime datetime,
                 String invoiceGiven, String invoiceFamily, String invoiceCompany, String street, String zipcode,
                 String city, String country) {
        boolean canceled() {
            return status.equals("c");
        }
    }

    record Position(int id, Order order, int positionid, Item item, BigDecimal price, String givenName, String familyName,
                    String company, String street, String zipcode, String city, String country, String email,
                    String secret, String pseudonymizationId, List<ZonedDateTime> checkins, Map<Integer, String> answers) {
        String attendeeName() {
            return givenName + " " + familyName;
        }
    }

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final List<Organizer> organizers;
    private final List<Event> events;
    private final List<Item> items;
    private final List<Question> questions;
    private final List<Position> positions;

    DemoData() {
        organizers = List.of(new Organizer(SandboxServer.ORGANIZER, "Demo Organizer"),
                new Organizer(SandboxServer.OTHER_ORGANIZER, "ACME Events"));
        ZonedDateTime from = ZonedDateTime.of(LocalDateTime.of(2026, 6, 11, 9, 0), ZONE);
        events = List.of(
                new Event(SandboxServer.ORGANIZER, SandboxServer.EVENT, i18n("DemoCon 2026", "DemoCon 2026"),
                        from, ZonedDateTime.of(LocalDateTime.of(2026, 6, 12, 18, 0), ZONE),
                        ZonedDateTime.of(LocalDateTime.of(2026, 6, 11, 8, 0), ZONE),
                        i18n("Kongresshaus Berlin\nMusterstraße 1\n10115 Berlin", "Kongresshaus Berlin\nMusterstraße 1\n10115 Berlin"),
                        "EUR", List.of("en", "de"), ordered("Region", "Berlin", "Venue", "Kongresshaus Berlin"),
                        "Two days of talks and workshops about events and ticketing."),
                new Event(SandboxServer.OTHER_ORGANIZER, SandboxServer.OTHER_EVENT, i18n("ACME Fest", "ACME Fest"),
                        from.plusMonths(2), from.plusMonths(2).plusHours(10), null, i18n("Hamburg", "Hamburg"), "EUR",
                        List.of("en"), Map.of(), ""));
        items = List.of(
                new Item(1, i18n("Conference Ticket", "Konferenzticket"),
                        i18n("Access to all talks on both days", "Zugang zu allen Vorträgen an beiden Tagen"),
                        "Tickets", new BigDecimal("249.00"), ordered("Room", "Main Hall", "Track", "All")),
                new Item(2, i18n("Workshop Day", "Workshop-Tag"),
                        i18n("Hands-on workshops on day two", "Praxis-Workshops am zweiten Tag"),
                        "Tickets", new BigDecimal("149.00"), ordered("Room", "Workshop Room B", "Track", "Workshops")),
                new Item(3, i18n("Student Ticket", "Studierendenticket"),
                        i18n("Valid with student ID", "Gültig mit Studierendenausweis"),
                        "Tickets", new BigDecimal("49.00"), ordered("Room", "Main Hall", "Track", "All")));
        questions = List.of(
                new Question(1, "JOBTITLE", i18n("Job title", "Berufsbezeichnung"), "S", false, List.of()),
                new Question(2, "DIET", i18n("Dietary requirements", "Ernährungswünsche"), "C", true,
                        List.of(i18n("None", "Keine"), i18n("Vegetarian", "Vegetarisch"), i18n("Vegan", "Vegan"))));
        positions = Collections.unmodifiableList(generatePositions());
    }

    List<Organizer> organizers() {
        return organizers;
    }

    List<Event> events() {
        return events;
    }

    Organizer organizer(String slug) {
        return organizers.stream().filter(o -> o.slug().equals(slug)).findFirst().orElse(null);
    }

    Event event(String organizer, String slug) {
        return events.stream().filter(e -> e.organizer().equals(organizer) && e.slug().equals(slug)).findFirst().orElse(null);
    }

    /** Products, questions and attendees exist only for the demo event. */
    List<Item> items(Event e) {
        return isDemo(e) ? items : List.of();
    }

    List<Question> questions(Event e) {
        return isDemo(e) ? questions : List.of();
    }

    List<Position> positions(Event e) {
        return isDemo(e) ? positions : List.of();
    }

    Organizer organizerOf(Event e) {
        return organizer(e.organizer());
    }

    private static boolean isDemo(Event e) {
        return e.organizer().equals(SandboxServer.ORGANIZER) && e.slug().equals(SandboxServer.EVENT);
    }

    private static final String[][] PEOPLE = {
        {"Anna", "Schmidt", "Nordlicht Software GmbH", "en"},
        {"Jürgen", "Weiß", "Weiß & Söhne KG", "de"},
        {"Zoë", "Martin", "", "en"},
        {"Łukasz", "Wiśniewski", "Kraków Tech Sp. z o.o.", "en"},
        {"François", "Dupont", "Éditions Lumière", "en"},
        {"Ngozi", "Okafor", "Lagos Ventures Ltd", "en"},
        {"Søren", "Madsen", "Fjord Analytics ApS", "en"},
        {"Ayşe", "Yılmaz", "İstanbul Etkinlik A.Ş.", "de"},
        {"María José", "García Fernández", "Universidad de Sevilla", "en"},
        {"Δημήτρης", "Παπαδόπουλος", "Athens Conference Services", "en"},
        {"Ольга", "Иванова", "", "en"},
        {"Nguyễn Thị", "Lan", "Saigon Digital", "en"},
        {"Björn", "Ødegård", "", "de"},
        {"Chloé", "Lefèvre", "Maison Lefèvre", "en"},
        {"Hans-Peter", "Müller-Lüdenscheidt", "Müller-Lüdenscheidt Consulting", "de"},
        {"Aoife", "O'Sullivan", "Dublin Events Ltd", "en"},
        {"Priya", "Raghunathan", "Bengaluru Systems Pvt Ltd", "en"},
        {"Kwame", "Mensah", "", "en"},
        {"Ines", "Fernandes", "Lisboa Congressos", "en"},
        {"Mateusz", "Kowalczyk", "", "de"},
        {"Sophie", "van der Berg", "Van der Berg Evenementen B.V.", "de"},
        {"Fatima", "Al-Hassan", "Gulf Expo LLC", "en"},
        {"Tomáš", "Dvořák", "Praha Media s.r.o.", "en"},
        {"Emma", "Johansson", "Göteborg Tickets AB", "en"},
        {"Ludwig", "Fürstenberg-Hohenlohe", "Stiftung für Kultur und Begegnung im ländlichen Raum", "de"},
        {"Lea", "Becker", "", "de"},
        {"Oliver", "Smith", "Smith & Partners LLP", "en"},
        {"Yuki", "Tanaka", "", "en"},
        {"Gabriela", "Nowak", "Warszawa Events", "en"},
        {"Max", "Mustermann", "Beispiel AG", "de"},
    };

    private static final String[][] PLACES = {
        {"Hauptstraße 12", "10115", "Berlin", "DE"},
        {"Rue de Rivoli 44", "75001", "Paris", "FR"},
        {"Kalverstraat 8", "1012 NX", "Amsterdam", "NL"},
        {"Marszałkowska 21", "00-628", "Warszawa", "PL"},
        {"Gran Vía 5", "28013", "Madrid", "ES"},
        {"Baker Street 221b", "NW1 6XE", "London", "GB"},
    };

    private List<Position> generatePositions() {
        Random random = new Random(20260611L);
        List<Position> out = new ArrayList<>();
        int person = 0;
        int orderNumber = 0;
        while (person < PEOPLE.length) {
            // every fourth order buys two tickets (the second person is a colleague)
            int size = orderNumber % 4 == 3 && person + 1 < PEOPLE.length ? 2 : 1;
            String[] buyer = PEOPLE[person];
            String[] place = PLACES[orderNumber % PLACES.length];
            String code = code(random);
            String email = email(buyer);
            String status = orderNumber == 5 ? "c" : "p";
            ZonedDateTime bought = ZonedDateTime.of(LocalDateTime.of(2026, 3, 2, 10, 15), ZONE)
                    .plusDays(orderNumber * 2L).plusMinutes(random.nextInt(600));
            Order order = new Order(code, status, email, orderNumber % 3 == 0 ? "+49 30 1234567" + orderNumber % 10 : "",
                    buyer[3], bought, buyer[0], buyer[1], buyer[2], place[0], place[1], place[2], place[3]);
            for (int p = 1; p <= size; p++) {
                String[] who = PEOPLE[person];
                int index = person;
                Item item = items.get(index % 7 == 6 ? 2 : index % 3 == 2 ? 1 : 0);
                List<ZonedDateTime> checkins = new ArrayList<>();
                if (index % 3 == 0 && !order.canceled()) {
                    checkins.add(ZonedDateTime.of(LocalDateTime.of(2026, 6, 11, 8, 5), ZONE).plusMinutes(index * 3L));
                    if (index % 6 == 0) {
                        checkins.add(ZonedDateTime.of(LocalDateTime.of(2026, 6, 12, 8, 40), ZONE).plusMinutes(index));
                    }
                }
                Map<Integer, String> answers = new LinkedHashMap<>();
                if (index % 2 == 0) {
                    answers.put(1, index % 4 == 0 ? "Event Manager" : "Software Developer");
                }
                answers.put(2, index % 5 == 0 ? "Vegan" : index % 3 == 0 ? "Vegetarian" : "None");
                out.add(new Position(1000 + index + 1, order, p, item, item.price(), who[0], who[1], who[2],
                        place[0], place[1], place[2], place[3], email(who), secret(random), pseudonym(random),
                        List.copyOf(checkins), Map.copyOf(answers)));
                person++;
            }
            orderNumber++;
        }
        return out;
    }

    private static String email(String[] who) {
        String local = java.text.Normalizer.normalize((who[0] + "." + who[1]).toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ł", "l").replace("ø", "o")
                .replaceAll("[^a-z0-9.]", "");
        if (local.replace(".", "").length() < 3) {
            local = "attendee" + Math.abs(who[1].hashCode() % 1000);
        }
        return local + "@example.org";
    }

    private static final String CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ3789";

    private static String code(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(CODE_CHARS.charAt(r.nextInt(CODE_CHARS.length())));
        }
        return sb.toString();
    }

    private static String secret(Random r) {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }

    private static String pseudonym(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(CODE_CHARS.charAt(r.nextInt(CODE_CHARS.length())));
        }
        return sb.toString();
    }

    static Map<String, String> i18n(String en, String de) {
        return ordered("en", en, "de", de);
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
