package org.layoutstudio.editor.save;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.document.RepositoryException;
import org.layoutstudio.editor.document.ServerLayout;
import org.layoutstudio.editor.document.ServerOrigin;

/**
 * The server side of saving, blocking (run it off the FX thread): the conflict check against the
 * copy at open, and the requests — upload a new background first, then PATCH only what changed,
 * PUT, or POST.
 */
public final class ServerSaver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LayoutRepository repository;

    public ServerSaver(LayoutRepository repository) {
        this.repository = repository;
    }

    /**
     * Fetches the server's copy; returns it when it differs from the copy at open (someone changed
     * it behind our back), null when it is unchanged.
     */
    public ServerLayout changedOnServer(ServerOrigin origin) throws RepositoryException {
        ServerLayout now = repository.get(origin.layoutId());
        boolean same = Objects.equals(now.name(), origin.name())
                && sameLayout(now.layoutJson(), origin.layoutJson())
                && Objects.equals(now.backgroundUrl(), origin.backgroundUrl());
        return same ? null : now;
    }

    /** Sends the document; returns the server's copy afterwards (the new origin). */
    public ServerLayout save(SaveRequest request, SaveMode mode) throws RepositoryException {
        ServerOrigin origin = request.origin();
        if (mode != SaveMode.CREATE && origin == null) {
            throw new IllegalArgumentException("Only a layout opened from the server can be updated");
        }
        String backgroundId = null;
        if (request.newBackground() != null) {
            backgroundId = repository.uploadBackground(request.newBackground(), "background.pdf");
        }
        switch (mode) {
            case CREATE:
                return repository.create(request.name(), request.layoutJson(), backgroundId);
            case REPLACE:
                return repository.replace(origin.layoutId(), request.name(), request.layoutJson(), backgroundId);
            default:
                String name = Objects.equals(request.name(), origin.name()) ? null : request.name();
                String layout = sameLayout(request.layoutJson(), origin.layoutJson()) ? null : request.layoutJson();
                if (name == null && layout == null && backgroundId == null) {
                    return new ServerLayout(origin.layoutId(), origin.name(), origin.isDefault(), origin.layoutJson(),
                            origin.backgroundUrl());
                }
                return repository.patch(origin.layoutId(), name, layout, backgroundId);
        }
    }

    /** Equal JSON values, whatever the formatting (pretix stores {@code json.dumps} of what we send). */
    public static boolean sameLayout(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        try {
            JsonNode x = JSON.readTree(a);
            JsonNode y = JSON.readTree(b);
            return x.equals(y);
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
