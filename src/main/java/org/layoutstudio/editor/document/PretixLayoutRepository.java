package org.layoutstudio.editor.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;
import org.layoutstudio.layout.PlaceholderCatalog;
import org.layoutstudio.pretix.EventMetaProperties;
import org.layoutstudio.pretix.ItemAssignment;
import org.layoutstudio.pretix.ItemInfo;
import org.layoutstudio.pretix.OrderPositionInfo;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.QuestionInfo;
import org.layoutstudio.pretix.TicketLayoutResource;

/** The editor's layouts on a pretix event, through pretix's REST client; failures become sentences. */
public final class PretixLayoutRepository implements LayoutRepository {
    private final PretixClient client;
    private final String language;

    /** {@code language}: for product and question names ("en"). */
    public PretixLayoutRepository(PretixClient client, String language) {
        this.client = client;
        this.language = language;
    }

    public PretixClient client() {
        return client;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws PretixException, LayoutFormatException;
    }

    private static <T> T call(Call<T> c) throws RepositoryException {
        try {
            return c.run();
        } catch (PretixException e) {
            throw new RepositoryException(e.userMessage(), e);
        } catch (LayoutFormatException e) {
            throw new RepositoryException(e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return client.connection().organizer() + " / " + client.connection().event() + " on " + client.connection().baseUrl().getHost();
    }

    @Override
    public List<LayoutSummary> list() throws RepositoryException {
        return call(() -> {
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
                out.add(new LayoutSummary(r.id(), r.name(), r.isDefault(), products));
            }
            return out;
        });
    }

    private static ServerLayout server(TicketLayoutResource r) {
        return new ServerLayout(r.id(), r.name(), r.isDefault(), LayoutJson.writeCompact(r.layoutJson()), r.backgroundUrl());
    }

    @Override
    public ServerLayout get(long id) throws RepositoryException {
        return call(() -> server(client.getLayout(id)));
    }

    @Override
    public byte[] downloadBackground(String url) throws RepositoryException {
        return call(() -> client.downloadBackground(url));
    }

    @Override
    public String uploadBackground(byte[] pdf, String fileName) throws RepositoryException {
        return call(() -> client.uploadBackground(pdf, fileName));
    }

    @Override
    public ServerLayout create(String name, String layoutJson, String backgroundFileId) throws RepositoryException {
        return call(() -> {
            TicketLayoutResource draft = TicketLayoutResource.newLayout(name, LayoutJson.parse(layoutJson));
            if (backgroundFileId != null) {
                draft = draft.withBackgroundFile(backgroundFileId);
            }
            return server(client.createLayout(draft));
        });
    }

    @Override
    public ServerLayout patch(long id, String name, String layoutJson, String backgroundFileId) throws RepositoryException {
        return call(() -> {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            if (name != null) {
                body.put("name", name);
            }
            if (layoutJson != null) {
                body.set("layout", LayoutJson.parse(layoutJson));
            }
            if (backgroundFileId != null) {
                body.put("background", backgroundFileId);
            }
            return server(client.patchLayout(id, body));
        });
    }

    @Override
    public ServerLayout replace(long id, String name, String layoutJson, String backgroundFileId) throws RepositoryException {
        return call(() -> {
            ObjectNode raw = JsonNodeFactory.instance.objectNode();
            raw.put("id", id);
            raw.put("name", name);
            raw.set("layout", LayoutJson.parse(layoutJson));
            TicketLayoutResource r = TicketLayoutResource.fromJson(raw);
            if (backgroundFileId != null) {
                r = r.withBackgroundFile(backgroundFileId);
            }
            return server(client.replaceLayout(r));
        });
    }

    @Override
    public void delete(long id) throws RepositoryException {
        call(() -> {
            client.deleteLayout(id);
            return null;
        });
    }

    @Override
    public EventContext eventContext() throws RepositoryException {
        return call(() -> {
            List<String> locales;
            try {
                locales = client.eventLocales();
            } catch (PretixException e) {
                locales = List.of(); // settings need more permissions (or the server lacks them)
            }
            if (locales.isEmpty()) {
                try {
                    locales = client.events().stream().filter(ev -> ev.slug().equals(client.connection().event()))
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
                    images.add(new EventVariable(key, "Question: " + text, ""));
                } else {
                    texts.add(new EventVariable(key, "Question: " + text, PlaceholderCatalog.sample(key).replace(q.identifier(), text)));
                }
            }
            try {
                // As pretix's editor: "Event attribute: X" (meta:X) and "Item attribute: X" (itemmeta:X).
                EventMetaProperties meta = client.eventMetaProperties();
                meta.eventValues().forEach((name, value) ->
                        texts.add(new EventVariable("meta:" + name, "Event attribute: " + name, value.isEmpty() ? name : value)));
                meta.itemKeys().forEach(name ->
                        texts.add(new EventVariable("itemmeta:" + name, "Item attribute: " + name, name)));
            } catch (PretixException e) {
                // without the event resource the picker simply offers no meta properties
            }
            return new EventContext(client.connection().event(), locales, texts, images);
        });
    }

    @Override
    public List<AttendeeData> attendees(String search) throws RepositoryException {
        return call(() -> {
            List<AttendeeData> out = new ArrayList<>();
            for (OrderPositionInfo p : client.searchOrderPositions(search)) {
                JsonNode data = p.pdfData();
                if (!data.isMissingNode()) {
                    out.add(new AttendeeData(p.label(), data));
                }
            }
            return out;
        });
    }
}
