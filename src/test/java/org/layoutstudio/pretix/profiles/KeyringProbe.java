package org.layoutstudio.pretix.profiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.layoutstudio.pretix.AuthScheme;

/**
 * A program of its own for {@link SecretServiceKeyringTest}: uses the credential store as the app
 * does, prints what it saw as {@code key=value} lines, and returns from {@code main}. The test runs
 * it in a forked JVM inside a D-Bus session with GNOME Keyring and checks that the JVM then ends.
 *
 * <p>{@code store DIR}: stores the token; {@code readAndDelete DIR}: a later start reads it back and
 * deletes it.
 */
public final class KeyringProbe {
    static final ConnectionProfile PROFILE =
            new ConnectionProfile("Keyring test", "https://pretix.example", "acme", "fest", AuthScheme.TOKEN);
    static final String TOKEN = "keyring-test-token-0123456789";

    private KeyringProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        CredentialStore store = CredentialStore.open(dir);
        say("keyring", !store.usesPrivateFile());
        if (args[0].equals("store")) {
            store.store(PROFILE, TOKEN);
            say("stored", store.token(PROFILE).map(TOKEN::equals).orElse(false));
        } else {
            say("readBack", store.token(PROFILE).map(TOKEN::equals).orElse(false));
            store.delete(PROFILE);
            say("goneAfterDelete", store.token(PROFILE).isEmpty());
        }
        say("privateFile", Files.exists(store.privateFile()));
        // What would keep this JVM alive once main returns.
        List<String> others = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t != Thread.currentThread())
                .map(Thread::getName).sorted().toList();
        say("nonDaemonThreads", others);
    }

    private static void say(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
