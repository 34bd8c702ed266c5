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
    String describe(Texts texts) {
        return switch (step) {
            case ASKING -> texts.get("certificates.progress.asking");
            case PREPARING -> texts.format("certificates.progress.preparing", attempt, seconds(texts, waited));
            case RESTARTING -> texts.format("certificates.progress.restarting", seconds(texts, waited));
            case READY -> texts.get("certificates.progress.ready");
        };
    }

    static String seconds(Texts texts, Duration d) {
        long s = d.toSeconds();
        return s < 60 ? texts.format("certificates.duration.seconds", s)
                : texts.format("certificates.duration.minutes", s / 60, s % 60);
    }
}
