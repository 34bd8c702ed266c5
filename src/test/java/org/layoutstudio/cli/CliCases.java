package org.layoutstudio.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs many command lines one after the other in this JVM, as {@code layout-studio} would, so
 * that a test can run them all in one forked JVM with a small heap instead of starting a JVM
 * for each. Arguments: a file with one command line per line (arguments separated by tabs) and
 * a folder for the results: {@code N.exit}, {@code N.out} and {@code N.err} for line N.
 */
public final class CliCases {
    private CliCases() {
    }

    public static void main(String[] args) throws Exception {
        List<String> cases = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Path results = Path.of(args[1]);
        for (int i = 0; i < cases.size(); i++) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(results.resolve(i + ".out"), StandardCharsets.UTF_8));
                 PrintWriter err = new PrintWriter(Files.newBufferedWriter(results.resolve(i + ".err"), StandardCharsets.UTF_8))) {
                int exit = StudioCommand.run(out, err, cases.get(i).split("\t"));
                Files.writeString(results.resolve(i + ".exit"), Integer.toString(exit));
            }
        }
    }
}
