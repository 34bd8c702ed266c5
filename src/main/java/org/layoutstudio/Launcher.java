package org.layoutstudio;

import org.layoutstudio.app.StudioApplication;
import org.layoutstudio.cli.StudioCommand;

/**
 * Entry point of the runnable jar. Without arguments it opens the desktop application; with
 * arguments it runs the command line. It does not extend {@code Application} on purpose: a
 * non-modular fat jar whose main class is an {@code Application} refuses to start.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // logging is set up while the toolkit starts; the class literal does not initialise the
            // application class (its static logger would wait for that set-up)
            LogFile.startInBackground();
            javafx.application.Application.launch(StudioApplication.class, args);
        } else {
            System.exit(StudioCommand.run(args));
        }
    }
}
