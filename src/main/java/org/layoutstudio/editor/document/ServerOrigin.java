package org.layoutstudio.editor.document;

/**
 * Where a document lives on the server and the server's copy as it was when opened (or last saved):
 * the base for "PATCH only what changed" and for noticing changes made behind our back.
 */
public record ServerOrigin(long layoutId, String name, boolean isDefault, String layoutJson, String backgroundUrl) {

    public static ServerOrigin of(ServerLayout s) {
        return new ServerOrigin(s.id(), s.name(), s.isDefault(), s.layoutJson(), s.backgroundUrl());
    }
}
