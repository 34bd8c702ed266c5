package org.layoutstudio.editor.document;

import java.util.List;

/**
 * The editor's view of the connected event's ticket layouts. Every method blocks (call it off the
 * JavaFX thread) and fails with a {@link RepositoryException} whose message a user understands.
 * The implementation over pretix's REST client is {@code PretixLayoutRepository}.
 */
public interface LayoutRepository {

    /** A short description of where the layouts live, e.g. "demo / democon on 127.0.0.1". */
    String describe();

    /** Every layout of the event with its assigned product names. */
    List<LayoutSummary> list() throws RepositoryException;

    ServerLayout get(long id) throws RepositoryException;

    /** The PDF behind a background URL of {@link ServerLayout#backgroundUrl()}. */
    byte[] downloadBackground(String url) throws RepositoryException;

    /** Uploads a background PDF; returns the {@code file:…} id to send as {@code background}. */
    String uploadBackground(byte[] pdf, String fileName) throws RepositoryException;

    /** POST; never sends {@code default: true} (pretix rejects it, PRETIX.md §1.3). */
    ServerLayout create(String name, String layoutJson, String backgroundFileId) throws RepositoryException;

    /** PATCH with only the given fields (null = unchanged). */
    ServerLayout patch(long id, String name, String layoutJson, String backgroundFileId) throws RepositoryException;

    /** PUT of name and layout (background only when a new one was uploaded). */
    ServerLayout replace(long id, String name, String layoutJson, String backgroundFileId) throws RepositoryException;

    void delete(long id) throws RepositoryException;

    /** Languages, questions and meta properties of the event. */
    EventContext eventContext() throws RepositoryException;

    /** Order positions with their {@code pdf_data}, for previews with real data ({@code search} may be empty). */
    List<AttendeeData> attendees(String search) throws RepositoryException;

    /** The pretix client behind the layouts, for what talks to pretix beyond them ("Compare with pretix"); null when none. */
    default org.layoutstudio.pretix.PretixClient client() {
        return null;
    }
}
