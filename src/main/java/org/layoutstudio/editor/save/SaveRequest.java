package org.layoutstudio.editor.save;

import org.layoutstudio.editor.document.ServerOrigin;

/**
 * What is saved, taken on the FX thread before the request runs: the name, the layout JSON, a new
 * background to upload (null when the server's stays), and the server copy at open (null for new).
 */
public record SaveRequest(String name, String layoutJson, byte[] newBackground, ServerOrigin origin) {
}
