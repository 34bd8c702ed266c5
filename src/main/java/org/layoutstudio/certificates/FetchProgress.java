package org.layoutstudio.certificates;

import java.time.Duration;

/** One step of fetching a certificate, as the progress row shows it. */
public record FetchProgress(Step step, int attempt, Duration waited) {
    /** Where the fetch is: asked pretix, pretix is preparing the PDF, asking again (result expired), the PDF arrived. */
    public enum Step { ASKING, PREPARING, RESTARTING, READY }

    public static FetchProgress asking() {
        return new FetchProgress(Step.ASKING, 0, Duration.ZERO);
    }

    /** The sentence for the status line, e.g. "Being prepared – attempt 3, waited 4 s". */
    public String describe() {
        return switch (step) {
            case ASKING -> "Asking pretix for the certificate…";
            case PREPARING -> "Being prepared – attempt " + attempt + ", waited " + seconds(waited);
            case RESTARTING -> "The prepared file expired; asking again (waited " + seconds(waited) + ")";
            case READY -> "Ready";
        };
    }

    static String seconds(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }
}
