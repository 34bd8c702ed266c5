package org.layoutstudio.editor.preview;

/**
 * What the preview is doing, for the pane to say in the user's language.
 *
 * @param state   rendering, shown, up to date (nothing to render) or failed
 * @param millis  for {@code SHOWN}: from the edit to its picture on screen
 * @param problem for {@code FAILED}: why (a sentence from the renderer)
 */
public record PreviewStatus(State state, long millis, String problem) {
    public enum State { RENDERING, SHOWN, UP_TO_DATE, FAILED }

    public static final PreviewStatus RENDERING = new PreviewStatus(State.RENDERING, 0, null);
    public static final PreviewStatus UP_TO_DATE = new PreviewStatus(State.UP_TO_DATE, 0, null);

    static PreviewStatus shown(long millis) {
        return new PreviewStatus(State.SHOWN, millis, null);
    }

    static PreviewStatus failed(String problem) {
        return new PreviewStatus(State.FAILED, 0, problem);
    }
}
