package org.layoutstudio.pretix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;

/**
 * The pretix REST client: organizers, events, items, questions, order positions, ticket layouts
 * (list, get, create, patch, replace, delete), layout assignments, background upload and
 * download. Every method blocks (call it off the UI thread) and fails with a
 * {@link PretixException} carrying a user sentence.
 *
 * <p>Safety: the token is sent only to the connection's origin; redirects are never followed
 * with it; pagination links to another origin are refused; writes carry an
 * {@code X-Idempotency-Key} so that their retries are safe. Thread-safe.
 */
public final class PretixClient implements AutoCloseable {
    /** Largest background PDF downloaded (pretix itself accepts 10 MB by default). */
    public static final long DEFAULT_MAX_DOWNLOAD_BYTES = 50L * 1024 * 1024;
    /** How long {@link #ticketPdf} waits for pretix to prepare a ticket by default. */
    public static final Duration DEFAULT_TICKET_TIME_LIMIT = PreparedDownload.DEFAULT_TIME_LIMIT;

    /** Largest JSON answer read. */
    static final long MAX_JSON_BYTES = HttpLimits.MAX_JSON_BYTES;
    /** Pagination stops after this many pages (50 items each) rather than loop for ever. */
    static final int MAX_PAGES = 400;
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final MediaType PDF_TYPE = MediaType.get("application/pdf");

    private final HttpTransport transport;
    private final long maxDownloadBytes;

    /**
     * The TLS set-up every HTTPS client shares: OkHttp reads the platform's trust store for each new
     * client otherwise (tens of milliseconds and 8 MB each, on the UI thread where a connection changes).
     */
    private static final class SharedTls {
        static final OkHttpClient BASE = new OkHttpClient();
    }

    /**
     * Plain HTTP, which a connection allows on loopback only (a local sandbox, the demo server): no
     * TLS at all, so that the demo start never reads the trust store (~0.1 s of CPU while the app
     * starts), and a redirect to HTTPS cannot be followed by this client.
     */
    private static final class Cleartext {
        static final OkHttpClient BASE = new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
    }

    private PretixClient(Builder b) {
        // the TLS parts from the shared client; a dispatcher and pool of its own, which close() ends
        OkHttpClient base = "http".equals(b.connection.baseUrl().getScheme()) ? Cleartext.BASE : SharedTls.BASE;
        OkHttpClient http = base.newBuilder()
                .dispatcher(new Dispatcher())
                .connectionPool(new ConnectionPool())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(b.callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
        this.transport = new HttpTransport(http, b.connection, b.retryPolicy, b.sleeper);
        this.maxDownloadBytes = b.maxDownloadBytes;
    }

    /** A client with standard retries and time-outs. */
    public PretixClient(PretixConnection connection) {
        this(builder(connection));
    }

    /** A builder for time-outs, retries, clock (tests) and download cap. */
    public static Builder builder(PretixConnection connection) {
        return new Builder(connection);
    }

    /** The connection this client talks through. */
    public PretixConnection connection() {
        return transport.connection();
    }

    HttpTransport transport() {
        return transport;
    }

    // ----- discovery -----

    /** The organizers the token can see. */
    public List<Organizer> organizers() throws PretixException {
        List<Organizer> out = new ArrayList<>();
        for (JsonNode n : listAll(connection().apiUrl("organizers/"), "list of organizers")) {
            out.add(new Organizer(n.path("slug").asText(), n.path("name").asText(n.path("slug").asText())));
        }
        return out;
    }

    /**
     * The server's pretix version ({@code GET /api/v1/version}, any authenticated client), or null when
     * the answer carries none (pretix older than the endpoint answers 404: a {@link PretixException}).
     */
    public org.layoutstudio.layout.PretixVersion serverVersion() throws PretixException {
        return org.layoutstudio.layout.PretixVersion.parse(getJson(connection().apiUrl("version"), "pretix version").path("pretix").asText(null));
    }

    /** The events of the connection's organizer ({@code locales} filled only where the server sends them). */
    public List<EventInfo> events() throws PretixException {
        List<EventInfo> out = new ArrayList<>();
        for (JsonNode n : listAll(connection().organizerUrl("events"), "list of events")) {
            List<String> locales = new ArrayList<>();
            n.path("locales").forEach(l -> locales.add(l.asText()));
            out.add(new EventInfo(n.path("slug").asText(), I18nText.of(n.get("name")), date(n.get("date_from")),
                    date(n.get("date_to")), locales, n.path("live").asBoolean(false)));
        }
        return out;
    }

    /**
     * The languages of the connection's event, from the event settings
     * ({@code GET …/settings/}, field {@code locales}; pretix's event resource itself has none).
     * Reading settings needs the "change event settings" permission; callers may fall back to
     * {@link EventInfo#locales()} or {@code en} when this fails with FORBIDDEN.
     */
    public List<String> eventLocales() throws PretixException {
        JsonNode settings = getJson(connection().eventUrl("settings"), "event settings");
        List<String> out = new ArrayList<>();
        settings.path("locales").forEach(l -> out.add(l.asText()));
        if (out.isEmpty() && settings.hasNonNull("locale")) {
            out.add(settings.get("locale").asText());
        }
        return out;
    }

    /** The event's meta properties (pretix's event resource: {@code meta_data}, {@code item_meta_properties}). */
    public EventMetaProperties eventMetaProperties() throws PretixException {
        JsonNode event = getJson(connection().eventUrl(), "event");
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        event.path("meta_data").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText("")));
        List<String> itemKeys = new ArrayList<>();
        event.path("item_meta_properties").fieldNames().forEachRemaining(itemKeys::add);
        return new EventMetaProperties(values, itemKeys);
    }

    /** The products of the event. */
    public List<ItemInfo> items() throws PretixException {
        List<ItemInfo> out = new ArrayList<>();
        for (JsonNode n : listAll(connection().eventUrl("items"), "list of products")) {
            out.add(new ItemInfo(n.path("id").asLong(), I18nText.of(n.get("name")), n.path("active").asBoolean(true)));
        }
        return out;
    }

    /** The questions of the event. */
    public List<QuestionInfo> questions() throws PretixException {
        List<QuestionInfo> out = new ArrayList<>();
        for (JsonNode n : listAll(connection().eventUrl("questions"), "list of questions")) {
            out.add(new QuestionInfo(n.path("id").asLong(), I18nText.of(n.get("question")),
                    n.path("identifier").asText(""), n.path("type").asText("")));
        }
        return out;
    }

    // ----- order positions -----

    /**
     * Searches order positions (pretix's {@code search=}: order code, name, e-mail, secret …) across
     * every page, each with {@code pdf_data}. An empty query lists every position of the event
     * (a batch of certificates for "everyone checked in" needs them all).
     */
    public List<OrderPositionInfo> searchOrderPositions(String query) throws PretixException {
        HttpUrl url = connection().eventUrl("orderpositions").newBuilder()
                .addQueryParameter("search", query == null ? "" : query.trim())
                .addQueryParameter("pdf_data", "true").build();
        List<OrderPositionInfo> out = new ArrayList<>();
        for (JsonNode n : listAll(url, "search for order positions")) {
            out.add(position(n));
        }
        return out;
    }

    /** One order position by its internal id, with {@code pdf_data}. */
    public OrderPositionInfo orderPosition(long id) throws PretixException {
        HttpUrl url = connection().eventUrl("orderpositions", Long.toString(id)).newBuilder()
                .addQueryParameter("pdf_data", "true").build();
        return position(getJson(url, "order position " + id));
    }

    /**
     * The order position {@code orderCode}-{@code positionNumber} (as pretix's {@code pdf_data} names a
     * ticket: {@code order} and {@code positionid}), with {@code pdf_data}.
     *
     * @throws PretixException NOT_FOUND when the order has no such position
     */
    public OrderPositionInfo orderPosition(String orderCode, int positionNumber) throws PretixException {
        HttpUrl url = connection().eventUrl("orderpositions").newBuilder()
                .addQueryParameter("order", orderCode).addQueryParameter("pdf_data", "true").build();
        for (JsonNode n : listAll(url, "order positions of order " + orderCode)) {
            OrderPositionInfo p = position(n);
            if (p.orderCode().equals(orderCode) && p.positionId() == positionNumber) {
                return p;
            }
        }
        throw new PretixException(PretixException.Kind.NOT_FOUND, "There is no ticket " + orderCode + "-" + positionNumber
                + " (the order or the position may have been canceled or deleted).", null);
    }

    /** A language tag as pretix stores an order's locale ("de", "de-informal", "pt-br", "zh-hans"). */
    private static final java.util.regex.Pattern LOCALE = java.util.regex.Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}");

    /**
     * The language order {@code orderCode} was placed in ({@code locale} of {@code GET …/orders/{code}/}):
     * pretix prints its tickets in it, texts in several languages included. Empty when the order
     * names none (or something that is not a language tag).
     */
    public Optional<String> orderLocale(String orderCode) throws PretixException {
        JsonNode order = getJson(connection().eventUrl("orders", orderCode), "order " + orderCode);
        String locale = order.path("locale").asText("");
        return LOCALE.matcher(locale).matches() ? Optional.of(locale) : Optional.empty();
    }

    private static OrderPositionInfo position(JsonNode n) {
        return new OrderPositionInfo(n.path("id").asLong(), n.path("order").asText(""), n.path("positionid").asInt(),
                n.path("item").asLong(), n.path("attendee_name").asText(""), n);
    }

    // ----- ticket layouts -----

    /** All ticket layouts of the event, across all pages (pretix sorts them by name). */
    public List<TicketLayoutResource> listLayouts() throws PretixException {
        List<TicketLayoutResource> out = new ArrayList<>();
        for (JsonNode n : listAll(connection().eventUrl("ticketlayouts"), "list of ticket layouts")) {
            out.add(layout(n, "list of ticket layouts"));
        }
        return out;
    }

    /** One ticket layout. */
    public TicketLayoutResource getLayout(long id) throws PretixException {
        String what = "ticket layout " + id;
        return layout(getJson(connection().eventUrl("ticketlayouts", Long.toString(id)), what), what);
    }

    /**
     * Fetches the server's copy of {@code original} and returns it if someone changed it since
     * {@code original} was loaded (pretix has no locking: the last write wins), else empty.
     */
    public Optional<TicketLayoutResource> changedSince(TicketLayoutResource original) throws PretixException {
        TicketLayoutResource current = getLayout(Objects.requireNonNull(original.id(), "the layout has no id"));
        return original.sameServerState(current) ? Optional.empty() : Optional.of(current);
    }

    /** Creates a layout (POST; never as default) and returns it as pretix stored it. */
    public TicketLayoutResource createLayout(TicketLayoutResource draft) throws PretixException {
        String what = "new ticket layout \"" + draft.name() + "\"";
        return layout(write("POST", connection().eventUrl("ticketlayouts"), draft.createBody(), 201, what), what);
    }

    /**
     * Saves the edits with a PATCH that carries only the fields in which {@code edited} differs
     * from {@code original}. When nothing differs no request is sent and {@code original} is
     * returned.
     */
    public TicketLayoutResource updateLayout(TicketLayoutResource original, TicketLayoutResource edited)
            throws PretixException {
        Long id = Objects.requireNonNull(original.id(), "the original layout has no id");
        ObjectNode body = edited.patchBody(original);
        if (body.isEmpty()) {
            return original;
        }
        String what = "ticket layout " + id;
        return layout(write("PATCH", connection().eventUrl("ticketlayouts", Long.toString(id)), body, 200, what), what);
    }

    /** Replaces the layout with a PUT of every writable field (see {@link TicketLayoutResource#putBody()}). */
    public TicketLayoutResource replaceLayout(TicketLayoutResource edited) throws PretixException {
        Long id = Objects.requireNonNull(edited.id(), "the layout has no id; create it instead");
        String what = "ticket layout " + id;
        return layout(write("PUT", connection().eventUrl("ticketlayouts", Long.toString(id)), edited.putBody(), 200, what), what);
    }

    /** Deletes a layout (pretix then promotes another one to default if needed). */
    public void deleteLayout(long id) throws PretixException {
        String what = "ticket layout " + id;
        HttpTransport.Answer a = transport.send("DELETE", connection().eventUrl("ticketlayouts", Long.toString(id)),
                null, MAX_JSON_BYTES, Cancellation.none());
        expect(a, 204, what);
    }

    /** Which product uses which layout in which sales channel. */
    public List<LayoutItemAssignment> layoutItems() throws PretixException {
        List<LayoutItemAssignment> out = new ArrayList<>();
        for (JsonNode n : listAll(connection().eventUrl("ticketlayoutitems"), "list of layout assignments")) {
            JsonNode item = n.get("item");
            out.add(new LayoutItemAssignment(n.path("id").asLong(), n.path("layout").asLong(),
                    item == null || item.isNull() ? null : item.asLong(), n.path("sales_channel").asText("web")));
        }
        return out;
    }

    // ----- backgrounds -----

    /**
     * Uploads a background PDF ({@code POST /api/v1/upload}) and returns its {@code file:} id,
     * valid for 24 hours and only for this token.
     *
     * @param fileName shown in pretix's log; made safe and given a {@code .pdf} ending
     */
    public String uploadBackground(byte[] pdf, String fileName) throws PretixException {
        if (!PdfBytes.looksLikePdf(pdf)) {
            throw new PretixException(PretixException.Kind.REFUSED,
                    "The background is not a PDF file; pretix accepts only PDF backgrounds.", null);
        }
        // HTTP header values are ASCII: OkHttp refuses anything else.
        String name = PdfBytes.safeFileName(fileName == null ? null : fileName.replaceAll("[^\\x20-\\x7e]", "_"), "background.pdf");
        HttpTransport.Answer a = transport.send("POST", connection().apiUrl("upload"), RequestBody.create(pdf, PDF_TYPE),
                MAX_JSON_BYTES, Cancellation.none(), "Content-Disposition", "attachment; filename=\"" + name + "\"");
        JsonNode body = json(expect(a, 201, "background upload"), "background upload");
        String id = body.path("id").asText("");
        if (!id.startsWith("file:")) {
            throw ErrorMapper.badResponse("background upload", "no file: id in the answer");
        }
        return id;
    }

    /** Reads a PDF file and uploads it; see {@link #uploadBackground(byte[], String)}. */
    public String uploadBackground(Path pdfFile) throws PretixException {
        byte[] bytes;
        try {
            if (Files.size(pdfFile) > maxDownloadBytes) {
                throw HttpTransport.tooLarge(maxDownloadBytes);
            }
            bytes = Files.readAllBytes(pdfFile);
        } catch (IOException e) {
            throw new PretixException(PretixException.Kind.REFUSED, "The file " + pdfFile + " could not be read: " + e.getMessage(), e);
        }
        return uploadBackground(bytes, pdfFile.getFileName().toString());
    }

    /**
     * Downloads a background PDF from the URL pretix gave (often a media or CDN host). The token
     * is sent only when the URL is on the API's origin; redirects are followed (at most 5)
     * without the token elsewhere; the size is capped.
     */
    public byte[] downloadBackground(String url, Cancellation cancel) throws PretixException {
        return new BackgroundDownloader(transport, maxDownloadBytes).download(url, cancel);
    }

    /** {@link #downloadBackground(String, Cancellation)} without a cancel token. */
    public byte[] downloadBackground(String url) throws PretixException {
        return downloadBackground(url, Cancellation.none());
    }

    // ----- certificates -----

    /** A fetcher for certificates of attendance through this client. */
    public CertificateFetcher certificates() {
        return new CertificateFetcher(this);
    }

    // ----- ticket PDFs -----

    /**
     * pretix's own ticket PDF of an order position ({@code GET …/orderpositions/{id}/download/pdf/}):
     * pretix answers 409 while it renders the ticket and 200 with the PDF once it is cached. Polled as
     * certificates are (schedule, {@code Retry-After}, cancel); gives up before {@code timeLimit} passes.
     *
     * @param positionId the internal id of the order position (not the order code)
     * @param progress   hears each step (on this thread)
     */
    public TicketPdf ticketPdf(long positionId, Duration timeLimit, Cancellation cancel, DownloadProgress progress)
            throws PretixException {
        PreparedDownload.Result r = new PreparedDownload(this).withTimeLimit(timeLimit).fetch(
                connection().eventUrl("orderpositions", Long.toString(positionId), "download", "pdf"),
                "ticket PDF of order position " + positionId, "ticket-" + positionId + ".pdf", cancel, progress);
        return new TicketPdf(positionId, r.fileName(), r.pdf(), r.attempts());
    }

    // ----- plumbing -----

    private JsonNode write(String method, HttpUrl url, ObjectNode body, int expected, String what) throws PretixException {
        body.remove("item_assignments");
        if (body.path("default").asBoolean(false)) {
            body.remove("default"); // pretix answers 400 to any default: true (PRETIX.md §1.3)
        }
        RequestBody rb = RequestBody.create(LayoutJson.writeCompact(body).getBytes(StandardCharsets.UTF_8), JSON_TYPE);
        HttpTransport.Answer a = transport.send(method, url, rb, MAX_JSON_BYTES, Cancellation.none());
        return json(expect(a, expected, what), what);
    }

    private JsonNode getJson(HttpUrl url, String what) throws PretixException {
        HttpTransport.Answer a = transport.send("GET", url, null, MAX_JSON_BYTES, Cancellation.none());
        return json(expect(a, 200, what), what);
    }

    /** Follows {@code next} links on the API's origin and concatenates {@code results}. */
    private List<JsonNode> listAll(HttpUrl first, String what) throws PretixException {
        List<JsonNode> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        HttpUrl url = first;
        for (int page = 0; url != null; page++) {
            if (page >= MAX_PAGES || !seen.add(url.toString())) {
                throw ErrorMapper.badResponse(what, "the pages never end");
            }
            JsonNode body = getJson(url, what);
            JsonNode results = body.get("results");
            if (results == null || !results.isArray()) {
                throw ErrorMapper.badResponse(what, "no list of results");
            }
            results.forEach(out::add);
            JsonNode next = body.get("next");
            url = next == null || next.isNull() ? null : nextPage(url, next.asText(), what);
        }
        return out;
    }

    private HttpUrl nextPage(HttpUrl current, String next, String what) throws PretixException {
        HttpUrl u = current.resolve(next);
        if (u == null) {
            throw ErrorMapper.badResponse(what, "an unreadable next-page link");
        }
        if (!PretixConnection.originOf(u).equals(connection().origin())) {
            throw new PretixException(PretixException.Kind.REFUSED, "pretix's next page of the " + what
                    + " is on another server (" + PretixConnection.originOf(u)
                    + "); Layout Studio does not send your token there.", null);
        }
        return u;
    }

    HttpTransport.Answer expect(HttpTransport.Answer a, int expected, String what) throws PretixException {
        if (a.status() == expected || (expected == 200 && a.status() == 201) || (expected == 201 && a.status() == 200)) {
            return a;
        }
        throw transport.errors().forStatus(a.status(), a.body(), transport.retryAfter(a), what);
    }

    private JsonNode json(HttpTransport.Answer a, String what) throws PretixException {
        try {
            return LayoutJson.parse(a.body());
        } catch (LayoutFormatException e) {
            throw ErrorMapper.badResponse(what, "not JSON: " + transport.errors().redact(ErrorMapper.snippet(a.body())));
        }
    }

    private static TicketLayoutResource layout(JsonNode n, String what) throws PretixException {
        try {
            return TicketLayoutResource.fromJson(n);
        } catch (IllegalArgumentException e) {
            throw ErrorMapper.badResponse(what, e.getMessage());
        }
    }

    private static OffsetDateTime date(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(n.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The HTTP client underneath (tests). */
    OkHttpClient http() {
        return transport.http();
    }

    /** Releases the connection pool and threads. */
    @Override
    public void close() {
        OkHttpClient http = transport.http();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "PretixClient[" + connection() + "]";
    }

    /** Options for {@link PretixClient}. */
    public static final class Builder {
        private final PretixConnection connection;
        private RetryPolicy retryPolicy = RetryPolicy.standard();
        private Sleeper sleeper = Sleeper.system();
        private Duration connectTimeout = HttpLimits.CONNECT_TIMEOUT;
        private Duration readTimeout = HttpLimits.READ_TIMEOUT;
        private Duration callTimeout = HttpLimits.CALL_DEADLINE;
        private long maxDownloadBytes = DEFAULT_MAX_DOWNLOAD_BYTES;

        private Builder(PretixConnection connection) {
            this.connection = Objects.requireNonNull(connection, "connection");
        }

        /** Retries on network failure, 5xx and 429. */
        public Builder retryPolicy(RetryPolicy p) {
            this.retryPolicy = Objects.requireNonNull(p);
            return this;
        }

        /** The clock and waits (tests use a fake one). */
        public Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s);
            return this;
        }

        /**
         * Time-outs: to connect, silence between bytes read/written, and the deadline of one whole
         * attempt (connect and every byte of the answer). The retry policy's budget bounds all
         * attempts of a request together.
         */
        public Builder timeouts(Duration connect, Duration read, Duration call) {
            this.connectTimeout = connect;
            this.readTimeout = read;
            this.callTimeout = call;
            return this;
        }

        /** The largest background PDF downloaded or uploaded. */
        public Builder maxDownloadBytes(long bytes) {
            this.maxDownloadBytes = bytes;
            return this;
        }

        /** Builds the client. */
        public PretixClient build() {
            return new PretixClient(this);
        }
    }
}
