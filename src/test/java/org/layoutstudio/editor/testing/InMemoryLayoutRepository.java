package org.layoutstudio.editor.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.layoutstudio.editor.document.AttendeeData;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.document.LayoutSummary;
import org.layoutstudio.editor.document.RepositoryException;
import org.layoutstudio.editor.document.ServerLayout;

/** A repository in memory that stores the layout as pretix does (json.dumps of what was sent) and logs requests. */
public final class InMemoryLayoutRepository implements LayoutRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<Long, ServerLayout> layouts = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    public final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    public volatile RepositoryException failNext;
    public static final String DEFAULT_BG = "http://sandbox/static/pretixpresale/pdf/ticket_default_a4.pdf";

    public synchronized ServerLayout put(String name, String layoutJson) {
        long id = ids.incrementAndGet();
        ServerLayout s = new ServerLayout(id, name, layouts.isEmpty(), normalize(layoutJson), DEFAULT_BG);
        layouts.put(id, s);
        return s;
    }

    /** Changes a layout behind the editor's back. */
    public synchronized void changeBehindTheBack(long id, String layoutJson) {
        ServerLayout s = layouts.get(id);
        layouts.put(id, new ServerLayout(id, s.name(), s.isDefault(), normalize(layoutJson), s.backgroundUrl()));
    }

    public synchronized ServerLayout stored(long id) {
        return layouts.get(id);
    }

    private static String normalize(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void maybeFail() throws RepositoryException {
        RepositoryException f = failNext;
        if (f != null) {
            failNext = null;
            throw f;
        }
    }

    @Override
    public String describe() {
        return "demo / democon (in memory)";
    }

    @Override
    public synchronized List<LayoutSummary> list() throws RepositoryException {
        requests.add("GET list");
        maybeFail();
        return layouts.values().stream().map(s -> new LayoutSummary(s.id(), s.name(), s.isDefault(), List.of("Ticket"))).toList();
    }

    @Override
    public synchronized ServerLayout get(long id) throws RepositoryException {
        requests.add("GET " + id);
        maybeFail();
        ServerLayout s = layouts.get(id);
        if (s == null) {
            throw new RepositoryException("The layout does not exist (any more).");
        }
        return s;
    }

    @Override
    public byte[] downloadBackground(String url) throws RepositoryException {
        requests.add("GET background");
        byte[] b = files.get(url);
        return b != null ? b : org.layoutstudio.layout.PretixDefaults.ticketBackgroundPdf();
    }

    @Override
    public synchronized String uploadBackground(byte[] pdf, String fileName) throws RepositoryException {
        requests.add("UPLOAD");
        maybeFail();
        String id = "file:" + ids.incrementAndGet();
        files.put(id, pdf);
        return id;
    }

    private String bgUrl(String fileId, String old) {
        if (fileId == null) {
            return old;
        }
        String url = "http://sandbox/media/" + fileId.substring(5) + ".pdf";
        files.put(url, files.get(fileId));
        return url;
    }

    @Override
    public synchronized ServerLayout create(String name, String layoutJson, String backgroundFileId) throws RepositoryException {
        requests.add("POST name,layout" + (backgroundFileId == null ? "" : ",background"));
        maybeFail();
        long id = ids.incrementAndGet();
        ServerLayout s = new ServerLayout(id, name, false, normalize(layoutJson), bgUrl(backgroundFileId, DEFAULT_BG));
        layouts.put(id, s);
        return s;
    }

    @Override
    public synchronized ServerLayout patch(long id, String name, String layoutJson, String backgroundFileId) throws RepositoryException {
        List<String> fields = new ArrayList<>();
        if (name != null) {
            fields.add("name");
        }
        if (layoutJson != null) {
            fields.add("layout");
        }
        if (backgroundFileId != null) {
            fields.add("background");
        }
        requests.add("PATCH " + String.join(",", fields));
        maybeFail();
        ServerLayout s = layouts.get(id);
        ServerLayout n = new ServerLayout(id, name != null ? name : s.name(), s.isDefault(),
                layoutJson != null ? normalize(layoutJson) : s.layoutJson(), bgUrl(backgroundFileId, s.backgroundUrl()));
        layouts.put(id, n);
        return n;
    }

    @Override
    public synchronized ServerLayout replace(long id, String name, String layoutJson, String backgroundFileId) throws RepositoryException {
        requests.add("PUT name,layout" + (backgroundFileId == null ? "" : ",background"));
        maybeFail();
        ServerLayout s = layouts.get(id);
        ServerLayout n = new ServerLayout(id, name, s.isDefault(), normalize(layoutJson), bgUrl(backgroundFileId, s.backgroundUrl()));
        layouts.put(id, n);
        return n;
    }

    @Override
    public synchronized void delete(long id) throws RepositoryException {
        requests.add("DELETE " + id);
        layouts.remove(id);
    }

    @Override
    public EventContext eventContext() {
        return new EventContext("DemoCon", List.of("en", "de"),
                List.of(new org.layoutstudio.editor.document.EventVariable("question_diet", "Question: Diet", "<Answer: Diet>")),
                List.of());
    }

    @Override
    public List<AttendeeData> attendees(String search) {
        return List.of();
    }
}
