package org.layoutstudio.cli;

import java.util.List;

/** The list of subcommands, in the order {@code --help} shows them. */
final class Subcommands {
    private Subcommands() {
    }

    static List<Object> all() {
        return List.of(
                new ValidateCommand(),
                new FormatCommand(),
                new RenderCommand(),
                new RasterCommand(),
                new LayoutsCommand(),
                new CertificateCommand(),
                new CompareCommand(),
                new SandboxCommand());
    }
}
