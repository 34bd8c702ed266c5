package org.layoutstudio.pretix.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.pretix.AuthScheme;

class ProfileStoreTest {
    @TempDir
    Path dir;

    @Test
    void profilesSurviveARestartAndTheActiveOneIsRemembered() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        assertTrue(store.active().isEmpty(), "no profile: demo mode");
        store.put(new ConnectionProfile("Work", "https://pretix.eu", "acme", "fest", AuthScheme.TOKEN));
        store.put(new ConnectionProfile("Test", "http://127.0.0.1:8000", "demo", "democon", AuthScheme.DEVICE));
        store.setActive("Test");

        ProfileStore again = new ProfileStore(dir);
        assertEquals(List.of("Work", "Test"), again.profiles().stream().map(ConnectionProfile::name).toList());
        assertEquals("Test", again.active().orElseThrow().name());
        assertEquals(AuthScheme.DEVICE, again.active().orElseThrow().authScheme());

        again.remove("Test");
        assertTrue(new ProfileStore(dir).active().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> again.setActive("Nope"));
    }

    @Test
    void theSameActiveConnectionAgainWritesNothing() throws Exception {
        ProfileStore fresh = new ProfileStore(dir);
        fresh.setActive(null); // the demo's start
        assertFalse(Files.exists(dir.resolve(ProfileStore.FILE_NAME)), "nothing changed, nothing written");
        fresh.put(new ConnectionProfile("Work", "https://pretix.eu", "acme", "fest", AuthScheme.TOKEN));
        fresh.setActive("Work");
        Files.writeString(dir.resolve(ProfileStore.FILE_NAME), "{\"marker\": true}");
        fresh.setActive("Work");
        assertEquals("{\"marker\": true}", Files.readString(dir.resolve(ProfileStore.FILE_NAME)));
        fresh.setActive(null);
        assertTrue(new ProfileStore(dir).active().isEmpty(), "a change is written");
    }

    @Test
    void aBrokenFileDoesNotStopTheApp() throws Exception {
        Files.writeString(dir.resolve(ProfileStore.FILE_NAME), "{not json");
        ProfileStore store = new ProfileStore(dir);
        assertTrue(store.profiles().isEmpty());
        assertFalse(store.active().isPresent());
    }

    @Test
    void configDirFollowsTheOperatingSystem() {
        assertEquals(Path.of("/x/cfg/layout-studio"), ConfigDirs.forOs("Linux", "/home/u", "/x/cfg", null));
        assertEquals(Path.of("/home/u/.config/layout-studio"), ConfigDirs.forOs("Linux", "/home/u", null, null));
        assertEquals(Path.of("/Users/u/Library/Application Support/Layout Studio"), ConfigDirs.forOs("Mac OS X", "/Users/u", null, null));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "Layout Studio"),
                ConfigDirs.forOs("Windows 11", "C:/Users/u", null, "C:/Users/u/AppData/Roaming"));
    }
}
