package org.layoutstudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code layouts list|pull|push|delete}: pretix's ticket layouts from the command line. */
@Command(name = "layouts",
        description = "List, download, upload and delete pretix ticket layouts (token from $PRETIX_TOKEN).",
        subcommands = {LayoutsCommandList.class, LayoutsCommandPull.class, LayoutsCommandPush.class,
            LayoutsCommandDelete.class})
public final class LayoutsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: prints the usage. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, pull, push or delete.");
    }
}
