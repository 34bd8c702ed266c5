package org.layoutstudio.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.stage.Window;
import org.layoutstudio.pretix.profiles.ConfigDirs;
import org.layoutstudio.pretix.profiles.CredentialStore;
import org.layoutstudio.pretix.profiles.ProfileStore;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorDialog;
import org.layoutstudio.ui.Texts;

/**
 * What the shell and the main areas share: settings, stores, the user's language, the background
 * tasks and the error dialog. Made once at start-up.
 */
public final class ShellContext {
    /** The shell's resource bundle. */
    public static final String BUNDLE = Texts.BUNDLE;

    private final Path configDir;
    private final SettingsStore settingsStore;
    private final Settings settings;
    private final ProfileStore profiles;
    private CredentialStore credentials; // opened on first use: probing the keyring takes a moment
    private final Locale locale;
    private final ResourceBundle texts;
    private final BackgroundTasks tasks;
    private final ErrorDialog errors;
    private final CanvasPreferences canvasPreferences;
    private Window window;
    private javafx.application.HostServices hostServices;

    private ShellContext(Path configDir, BackgroundTasks tasks) {
        this.configDir = configDir;
        this.settingsStore = new SettingsStore(configDir);
        this.settings = settingsStore.load();
        this.profiles = new ProfileStore(configDir);
        this.locale = localeOf(settings.language);
        this.texts = Texts.bundle(locale);
        this.tasks = tasks;
        this.errors = new ErrorDialog(texts);
        this.journalDir = configDir.resolve("journal");
        this.canvasPreferences = new CanvasPreferences(settings, this::saveSettings);
    }

    /** The context over the user's configuration directory (or {@code -Dlayoutstudio.configdir}). */
    public static ShellContext create() {
        ShellContext c = new ShellContext(ConfigDirs.configDir(), BackgroundTasks.shared());
        if (System.getProperty(ConfigDirs.PROPERTY) == null) {
            c.journalDir = org.layoutstudio.editor.save.CrashJournal.defaultDirectory();
        }
        return c;
    }

    public static ShellContext create(Path configDir, BackgroundTasks tasks) {
        return new ShellContext(configDir, tasks);
    }

    /** The language chosen in the settings ("" = the system's, limited to the ones we ship). */
    static Locale localeOf(String language) {
        if (language != null && !language.isBlank()) {
            return Locale.forLanguageTag(language);
        }
        return "de".equals(Locale.getDefault().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    public Path configDir() {
        return configDir;
    }

    public Settings settings() {
        return settings;
    }

    public void saveSettings() {
        settingsStore.save(settings);
    }

    public ProfileStore profiles() {
        return profiles;
    }

    public synchronized CredentialStore credentials() {
        if (credentials == null) {
            credentials = CredentialStore.open(configDir);
        }
        return credentials;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle texts() {
        return texts;
    }

    /** A text of the bundle, formatted with {@code args} when it has placeholders ({@link Texts}). */
    public String text(String key, Object... args) {
        return Texts.get(texts, key, args);
    }

    /**
     * What an area last reported ("Saved “Badge” to pretix."), shown in the status bar until the
     * next report; empty for none.
     */
    public javafx.beans.property.ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** Shows {@code sentence} in the status bar. */
    public void showStatus(String sentence) {
        statusMessage.set(sentence == null ? "" : sentence);
    }

    private final javafx.beans.property.ReadOnlyStringWrapper statusMessage =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "statusMessage", "");

    /** Grid, grid size and snapping as observable values (File → Settings and the editor share them). */
    public CanvasPreferences canvasPreferences() {
        return canvasPreferences;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public ErrorDialog errors() {
        return errors;
    }

    /** The main window (null before it is shown). */
    public Window window() {
        return window;
    }

    void setWindow(Window value) {
        this.window = value;
    }

    /** The application's host services (open files and links); null in tests that run no Application. */
    public javafx.application.HostServices hostServices() {
        return hostServices;
    }

    void setHostServices(javafx.application.HostServices value) {
        this.hostServices = value;
    }

    /** Where the editor journals open documents: under the config dir in tests, the OS cache dir otherwise. */
    public Path journalDir() {
        return journalDir;
    }

    private Path journalDir;

    void setJournalDir(Path value) {
        this.journalDir = value;
    }

    /** Puts a layout file on top of File → Open recent. */
    public void rememberRecentLayout(Path file) {
        remember(new RecentLayout.LayoutFile(file));
    }

    /**
     * Puts a layout opened from (or saved to) pretix on top of File → Open recent: choosing it later
     * switches to {@code connection}'s saved profile (or the demo server) and event, then asks the
     * layouts area to {@link LayoutsArea#openServerLayout(long) open} layout {@code layoutId}.
     */
    public void rememberRecentServerLayout(ActiveConnection connection, long layoutId, String layoutName) {
        rememberRecentServerLayout(connection.demo() ? null : connection.profileName(), connection.organizer(),
                connection.event(), layoutId, layoutName);
    }

    /** The same for a layout of a saved connection {@code profile} (null: the demo server). */
    public void rememberRecentServerLayout(String profile, String organizer, String event, long layoutId, String layoutName) {
        remember(new RecentLayout.ServerLayout(profile, organizer, event, layoutId, layoutName));
    }

    private void remember(RecentLayout layout) {
        Settings.remember(settings.recentLayouts, layout.encode());
        saveSettings();
        recentListener.run();
    }

    private Runnable recentListener = () -> { };

    void onRecentChanged(Runnable listener) {
        this.recentListener = listener;
    }
}
