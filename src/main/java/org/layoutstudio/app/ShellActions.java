package org.layoutstudio.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.layoutstudio.Version;
import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.AppAction;
import org.layoutstudio.ui.DialogButtons;
import org.layoutstudio.ui.Icon;
import org.layoutstudio.ui.WindowSizing;

/** The shell's actions: the one table every menu, toolbar button and shortcut comes from. */
final class ShellActions {
    private ShellActions() {
    }

    static ActionsTable build(StudioShell shell, ShellContext context, Consumer<String> openUri) {
        ActionsTable t = new ActionsTable(context.texts());
        t.add(AppAction.command("file.open", "file", "action.open").icon(Icon.FOLDER_OPEN_OUTLINE)
                .shortcut("Shortcut+O").inToolbar().onAction(() -> chooseLayout(shell, context)));
        t.add(AppAction.submenu("file.openRecent", "file", "action.openRecent").icon(Icon.HISTORY));
        t.add(AppAction.command("file.setBackground", "file", "action.setBackground").icon(Icon.FILE_PDF_BOX)
                .shortcut("Shortcut+Shift+B").inToolbar().onAction(() -> choosePdf(shell, context)));
        t.add(AppAction.command("file.settings", "file", "action.settings").icon(Icon.COG_OUTLINE)
                .shortcut("Shortcut+COMMA").separated()
                .onAction(() -> SettingsDialog.show(context, () -> shell.actions().get("view.darkMode")
                        .selectedProperty().set(context.settings().dark()), shell::fontsChanged)));
        t.add(AppAction.command("file.quit", "file", "action.quit").icon(Icon.EXIT_TO_APP)
                .shortcut("Shortcut+Q").separated().onAction(shell::quit));

        t.add(AppAction.command("view.layouts", "view", "action.showLayouts").icon(Icon.TICKET_OUTLINE)
                .shortcut("Shortcut+1").onAction(shell::showLayouts));
        t.add(AppAction.command("view.certificates", "view", "action.showCertificates")
                .icon(Icon.CERTIFICATE_OUTLINE).shortcut("Shortcut+2").onAction(shell::showCertificates));
        AppAction dark = AppAction.toggle("view.darkMode", "view", "action.darkMode").icon(Icon.THEME_LIGHT_DARK)
                .shortcut("Shortcut+Shift+D").separated().inToolbar();
        // Menu, toolbar and settings all change the same property; the theme follows it.
        dark.selectedProperty().addListener((o, a, b) -> shell.applyTheme(b));
        t.add(dark);

        t.add(AppAction.command("connection.connect", "connection", "action.connect").icon(Icon.LAN_CONNECT)
                .shortcut("Shortcut+Shift+K").inToolbarWithText().onAction(() -> shell.openConnectDialog(null)));
        AppAction switchEvent = AppAction.command("connection.switchEvent", "connection", "action.switchEvent")
                .icon(Icon.SWAP_HORIZONTAL).shortcut("Shortcut+Shift+E").inToolbarWithText()
                .onAction(shell::openSwitchEvent);
        switchEvent.enabledProperty().set(false); // until a connection is up
        t.add(switchEvent);
        t.add(AppAction.submenu("connection.profiles", "connection", "action.profiles").icon(Icon.SERVER_NETWORK));

        t.add(AppAction.command("help.shortcuts", "help", "action.shortcuts").icon(Icon.KEYBOARD_OUTLINE)
                .shortcut("F1").alsoShortcut("Shortcut+SLASH").onAction(() -> ShortcutSheet.show(context.window(), shell.actions())));
        t.add(AppAction.command("help.openLog", "help", "action.openLog").icon(Icon.TEXT_BOX_SEARCH_OUTLINE)
                .onAction(() -> openLog(shell, openUri)));
        t.add(AppAction.command("help.about", "help", "action.about").icon(Icon.INFORMATION_OUTLINE)
                .separated().onAction(() -> about(context)));
        return t;
    }

    private static void chooseLayout(StudioShell shell, ShellContext context) {
        FileChooser chooser = chooser(context, "dialog.openLayout");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.text("dialog.filter.layout"), "*.json"));
        File f = chooser.showOpenDialog(context.window());
        if (f != null) {
            shell.openLayout(f.toPath());
        }
    }

    private static void choosePdf(StudioShell shell, ShellContext context) {
        FileChooser chooser = chooser(context, "dialog.choosePdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.text("dialog.filter.pdf"), "*.pdf"));
        File f = chooser.showOpenDialog(context.window());
        if (f != null) {
            shell.setBackground(f.toPath());
        }
    }

    private static FileChooser chooser(ShellContext context, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.text(titleKey));
        String last = context.settings().lastOpenFolder;
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        }
        return chooser;
    }

    private static void openLog(StudioShell shell, Consumer<String> openUri) {
        Path log = shell.logFile();
        // Open the file if it exists, else its folder (logging may not have written yet).
        Path target = Files.exists(log) ? log : log.getParent();
        openUri.accept(target.toUri().toString());
    }

    private static void about(ShellContext context) {
        Dialog<ButtonType> about = new Dialog<>();
        if (context.window() != null) {
            about.initOwner(context.window());
        }
        about.setTitle(context.text("about.title"));
        about.setHeaderText(context.text("app.title"));
        Label text = new Label(context.text("about.text", Version.get()));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        about.getDialogPane().setContent(text);
        about.getDialogPane().setId("about-dialog");
        if (AppIcons.largest() != null) {
            ImageView icon = new ImageView(AppIcons.largest());
            icon.getStyleClass().add("about-icon");
            icon.setFitWidth(ABOUT_ICON_SIZE);
            icon.setPreserveRatio(true);
            about.setGraphic(icon);
        }
        about.getDialogPane().getButtonTypes().add(DialogButtons.close(context.texts()));
        WindowSizing.fitToContent(about);
        about.show();
    }

    /** The application icon in the About dialog, in pixels. */
    private static final double ABOUT_ICON_SIZE = 64;
}
