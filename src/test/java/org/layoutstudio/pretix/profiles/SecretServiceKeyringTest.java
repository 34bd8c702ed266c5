package org.layoutstudio.pretix.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real keyring, as most Linux desktops have it: GNOME Keyring's Secret Service over a D-Bus
 * session of its own ({@code dbus-run-session}, keyring unlocked with a test password, its files
 * under a temporary home). Two forked JVMs use {@link CredentialStore} like two starts of the app:
 * the first stores a token, the second reads and deletes it. Each must end by itself after
 * {@code main} returns (dbus-java's threads once kept it running). Skipped, with a notice, where
 * {@code dbus-run-session} or {@code gnome-keyring-daemon} is missing ({@code .ci/run} installs them).
 */
class SecretServiceKeyringTest {
    /** A hang guard, not a speed limit: both JVMs normally end within a few seconds. */
    private static final long HANG_GUARD_SECONDS = 120;

    @TempDir
    Path tmp;

    @Test
    void tokenStoredReadAndDeletedInGnomeKeyringAndTheJvmEnds() throws Exception {
        List<String> missing = List.of("dbus-run-session", "gnome-keyring-daemon").stream()
                .filter(c -> !onPath(c)).toList();
        if (!missing.isEmpty()) {
            String notice = "NOTICE: the Secret Service keyring test is skipped: " + missing
                    + " not installed (Debian: apt-get install dbus gnome-keyring; .ci/run does this as root).";
            System.err.println(notice);
            Assumptions.abort(notice);
        }
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path runtime = Files.createDirectories(tmp.resolve("run"));
        runtime.toFile().setReadable(false, false);
        runtime.toFile().setReadable(true, true);
        Path config = Files.createDirectories(tmp.resolve("config"));
        Path output = tmp.resolve("probe.out");
        String java = ProcessHandle.current().info().command().orElse("java");
        String probe = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
                + KeyringProbe.class.getName();
        String script = "echo test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
                + " && echo phase=store && " + probe + " store '" + config + "'"
                + " && echo phase=readAndDelete && " + probe + " readAndDelete '" + config + "'";
        ProcessBuilder pb = new ProcessBuilder("dbus-run-session", "--", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        boolean ended = p.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, "a JVM that used the keyring did not end by itself:\n" + out);
        assertEquals(0, p.exitValue(), out);

        String store = section(out, "store");
        String later = section(out, "readAndDelete");
        assertTrue(store.contains("keyring=true"), "the Secret Service was found and works:\n" + out);
        assertTrue(store.contains("stored=true"), out);
        assertTrue(later.contains("keyring=true"), out);
        assertTrue(later.contains("readBack=true"), "a second process reads the token from the keyring:\n" + out);
        assertTrue(later.contains("goneAfterDelete=true"), out);
        assertTrue(out.contains("privateFile=false") && !out.contains("privateFile=true"),
                "the token went to the keyring, not to the fallback file:\n" + out);
        assertEquals(2, count(out, "nonDaemonThreads=[]"), "nothing but main kept either JVM alive:\n" + out);
    }

    private static String section(String out, String phase) {
        int start = out.indexOf("phase=" + phase);
        assertTrue(start >= 0, "phase " + phase + " ran:\n" + out);
        int end = out.indexOf("phase=", start + 6);
        return out.substring(start, end < 0 ? out.length() : end);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
