package org.layoutstudio.editor.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layoutstudio.editor.testing.FxTesting.fx;
import static org.layoutstudio.editor.testing.FxTesting.onFx;

import java.awt.Rectangle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.CanvasPane;
import org.layoutstudio.editor.DocumentView;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.editor.WorkspaceServices;
import org.layoutstudio.editor.document.LayoutSummary;
import org.layoutstudio.editor.document.LayoutRepository;
import org.layoutstudio.editor.inspector.FontChoices;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.editor.preview.TicketPreviewRenderer;
import org.layoutstudio.editor.save.PretixChecks;
import org.layoutstudio.layout.Element;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.compare.DiffPalette;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.sandbox.SandboxAttendee;
import org.layoutstudio.sandbox.SandboxServer;
import org.layoutstudio.ui.AppAction;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorDialog;
import org.layoutstudio.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Compare with pretix" in the editor against the sandbox over real HTTP, with the real renderer on
 * both sides: the same ticket agrees completely; an element pretix draws elsewhere drops the figure
 * and shows in the difference picture; the comparison follows an edit; progress, Cancel and errors.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWithPretixFxTest {
    /** pretix answers 409 first (the progress itself is watched while it never gets ready), then the PDF at the first poll. */
    private static final Duration PREPARATION = Duration.ofMillis(300);

    private SandboxServer server;
    private PretixClient client;
    private EditorWorkspace ws;
    private Stage main;
    private final AppAction action = AppAction.command("view.compareWithPretix", "view", "editor.compare.action");

    @Start
    void start(Stage stage) throws Exception {
        server = SandboxServer.start();
        server.state().setTicketPreparation(PREPARATION);
        client = new PretixClient(PretixConnection.withToken(server.baseUrl(), server.organizer(), server.event(), server.token()));
        ws = new EditorWorkspace(new WorkspaceServices(org.layoutstudio.ui.Texts.forLocale(java.util.Locale.ENGLISH), BackgroundTasks.shared(),
                new TicketPreviewRenderer(new TicketRenderer(FontCatalog.builtInOnly())), new PretixChecks(),
                new FontChoices(org.layoutstudio.render.text.FontCatalog.builtInOnly(), java.util.ResourceBundle.getBundle("org.layoutstudio.app.messages", java.util.Locale.ENGLISH)), null, null).withCanvas(CanvasPane::new));
        ws.connections().activate(new LayoutRepository(client, null, "en"));
        Scene scene = new Scene(ws, 1240, 760);
        var theme = getClass().getResource("/atlantafx/base/theme/primer-light.css");
        if (theme != null) {
            scene.getStylesheets().add(theme.toExternalForm());
        }
        scene.getStylesheets().add(getClass().getResource("/org/layoutstudio/app/shell.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        main = stage;
    }

    @AfterEach
    void stop() {
        fx(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
        client.close();
        server.close();
    }

    /** {@link #chooseAttendee}, then waits until the comparison can start (the order's language read). */
    private DocumentView openWithAttendee(Locale locale, String attendee) throws Exception {
        DocumentView view = chooseAttendee(locale, attendee);
        waitFor("the attendee's order language is read", () -> action.enabledProperty().get());
        return view;
    }

    /** Attaches the feature in {@code locale}, opens the event's default layout and chooses an attendee in the preview. */
    private DocumentView chooseAttendee(Locale locale, String attendee) throws Exception {
        Texts texts = Texts.forLocale(locale);
        CompareWithPretix compare = new CompareWithPretix(BackgroundTasks.shared(), texts, new ErrorDialog(texts.bundle()));
        action.onAction(() -> compare.open(ws));
        fx(() -> compare.attach(ws, action));
        LayoutSummary layout = ws.repositoryProperty().get().list().get(0);
        fx(() -> ws.openFromServer(layout.id(), v -> { }));
        waitFor("the layout is open", () -> ws.views().size() == 1);
        DocumentView view = onFx(() -> ws.views().get(0));
        assertFalse(action.enabledProperty().get(), "sample data: nothing to compare with");
        fx(() -> view.preview().loadAttendees(ws.repositoryProperty().get(), attendee));
        waitFor("the attendee is chosen", () -> view.preview().dataChoice().getValue().label().contains(attendee));
        return view;
    }

    /** Clicks the preview's button and waits for the comparison window. */
    private CompareView compare(FxRobot robot) {
        Button button = robot.lookup("#preview-compare").queryAs(Button.class);
        assertFalse(button.isDisabled());
        robot.clickOn(button);
        waitFor("the comparison window", () -> robot.lookup(".compare-view").tryQuery().isPresent());
        return robot.lookup(".compare-view").queryAs(CompareView.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(String what, Callable<Boolean> condition) {
        try {
            // the ticket waits for pretix's preparation and a poll, then two renderings: generous under load
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Counts the pixels of {@code argb} in a rectangle of an image. */
    private static int count(Image image, Rectangle r, int argb) {
        PixelReader pr = image.getPixelReader();
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                n += pr.getArgb(x, y) == argb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void theSameTicketAgreesCompletely(FxRobot robot) throws Exception {
        openWithAttendee(Locale.ENGLISH, "Anna");
        CompareView view = compare(robot);
        waitFor("the comparison", () -> view.figureLabel().getText().contains("%") && !view.figureLabel().getText().contains("–"));
        assertEquals("Ink agreement 100.00 %", view.figureLabel().getText());
        assertTrue(view.figureLabel().getStyleClass().contains("compare-figure-good"));
        assertEquals("Compared. The comparison follows your edits.", text(robot, "#compare-status"));
        assertFalse(robot.lookup("#compare-cancel").queryAs(Button.class).isVisible());
        Label note = (Label) robot.lookup("#compare-notes").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        assertEquals("pretix prints this attendee's ticket with the product's layout “Default layout” (#1).", note.getText());
        Stage window = (Stage) view.getScene().getWindow();
        assertTrue(window.getTitle().startsWith("Compare with pretix – ") && window.getTitle().contains("Anna Schmidt"));

        // the difference picture shows no ink on one side only, in the stylesheet's colours
        ImageView diff = robot.lookup("#compare-diff-image").queryAs(ImageView.class);
        DiffPalette colours = onFx(view::palette);
        assertEquals(0xFF0072B2, colours.onlyOurs(), "the legend's blue comes from shell.css");
        Rectangle all = new Rectangle(0, 0, (int) diff.getImage().getWidth(), (int) diff.getImage().getHeight());
        assertEquals(0, count(diff.getImage(), all, colours.onlyOurs()) + count(diff.getImage(), all, colours.onlyTheirs()));

        // zoom and the other views
        double zoom = view.zoom();
        robot.clickOn("#compare-zoom-in");
        assertEquals(zoom * 1.25, view.zoom(), 1e-9);
        robot.clickOn("#compare-mode-side");
        assertNotNull(robot.lookup("#compare-ours-image").tryQuery().orElse(null));
        assertNotNull(robot.lookup("#compare-theirs-image").tryQuery().orElse(null));
        robot.clickOn("#compare-mode-overlay");
        assertEquals(0.5, robot.lookup("#compare-ours-image").queryAs(ImageView.class).getOpacity(), 1e-9);
        assertTrue(robot.lookup("#compare-theirs-image").tryQuery().isPresent());

        // closing the document closes its comparison
        fx(ws::closeCurrent);
        waitFor("the comparison window closes", () -> !window.isShowing());
    }

    @Test
    void anElementPretixDrawsElsewhereShowsAndTheComparisonFollowsTheFix(FxRobot robot) throws Exception {
        server.faults().shiftTicketElement(0, 10, 0); // pretix's QR code 10 mm to the right
        DocumentView docView = openWithAttendee(Locale.GERMAN, "Anna");
        CompareView view = compare(robot);
        waitFor("the comparison", () -> view.figureLabel().getStyleClass().contains("compare-figure-poor"));
        String figure = view.figureLabel().getText();
        assertTrue(figure.startsWith("Übereinstimmung des Druckbilds ") && figure.endsWith(" %"), figure);
        double percent = Double.parseDouble(figure.replaceAll("[^0-9,]", "").replace(',', '.'));
        assertTrue(percent < 99, figure);

        // the difference view shows where: ours (blue) at the QR code's place, pretix's (orange) 10 mm to the right
        EditorDocument doc = docView.document();
        Element qr = doc.layout().get(0);
        ImageView diff = robot.lookup("#compare-diff-image").queryAs(ImageView.class);
        DiffPalette colours = onFx(view::palette);
        int h = (int) diff.getImage().getHeight();
        int px10 = px(10);
        Rectangle oursOnly = new Rectangle(px(qr.left()), h - px(qr.bottom() + qr.size()), px10, px(qr.size()));
        Rectangle theirsOnly = new Rectangle(px(qr.left() + qr.size()), h - px(qr.bottom() + qr.size()), px10, px(qr.size()));
        assertTrue(count(diff.getImage(), oursOnly, colours.onlyOurs()) > 100, "our QR code's left edge has no partner");
        assertTrue(count(diff.getImage(), theirsOnly, colours.onlyTheirs()) > 100, "pretix's right edge has none either");
        assertEquals(0, count(diff.getImage(), theirsOnly, colours.onlyOurs()));

        // the user moves the QR code as pretix prints it: the comparison follows and agrees again
        fx(() -> doc.run(ReplaceElementsCommand.of("Move", List.of(qr), e -> e.withLeft(e.left() + 10))));
        waitFor("the comparison follows the edit", () -> view.figureLabel().getStyleClass().contains("compare-figure-good"));
        assertEquals("Übereinstimmung des Druckbilds 100,00 %", view.figureLabel().getText());
        List<Node> notes = robot.lookup("#compare-notes").queryAs(javafx.scene.layout.VBox.class).getChildren();
        assertTrue(notes.stream().anyMatch(n -> ((Label) n).getText().startsWith("Ungespeicherte Änderungen")), "unsaved edits noted");
    }

    @Test
    void aGermanOrdersTicketIsComparedInGerman(FxRobot robot) throws Exception {
        // the event's only layout greets in English and German; pretix prints the German order's ticket in German
        var http = java.net.http.HttpClient.newHttpClient();
        String layouts = server.baseUrl() + "/api/v1/organizers/" + server.organizer() + "/events/" + server.event() + "/ticketlayouts/";
        var req = java.net.http.HttpRequest.newBuilder().header("Authorization", "Token " + server.token());
        String greeting = "{\"name\": \"Greeting\", \"layout\": [{\"type\": \"textarea\", \"page\": 1, \"locale\": \"\", "
                + "\"left\": \"20.00\", \"bottom\": \"250.00\", \"fontsize\": \"24.0\", \"color\": [0, 0, 0, 1], "
                + "\"fontfamily\": \"Open Sans\", \"bold\": true, \"italic\": false, \"width\": \"150.00\", "
                + "\"content\": \"other_i18n\", \"text\": \"\", \"text_i18n\": {\"en\": \"Welcome\", \"de\": \"Willkommen\"}, "
                + "\"align\": \"left\"}]}";
        assertEquals(201, http.send(req.copy().uri(java.net.URI.create(layouts)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(greeting)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(204, http.send(req.copy().uri(java.net.URI.create(layouts + "1/")).DELETE().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        DocumentView docView = openWithAttendee(Locale.ENGLISH, "Jürgen");
        waitFor("the preview shows the order's language", () -> docView.preview().scheduler().dataProperty().get() != null
                && "de".equals(docView.preview().scheduler().dataProperty().get().path("locale").asText()));
        CompareView view = compare(robot);
        waitFor("the comparison", () -> view.figureLabel().getText().contains("%") && !view.figureLabel().getText().contains("–"));
        assertEquals("Ink agreement 100.00 %", view.figureLabel().getText(), "ours says Willkommen too");
    }

    @Test
    void theComparisonWaitsForTheOrdersLanguage(FxRobot robot) throws Exception {
        server.faults().scope("/api/v1/organizers/" + server.organizer() + "/events/" + server.event() + "/orders/")
                .delay(Duration.ofSeconds(4));
        DocumentView view = chooseAttendee(Locale.ENGLISH, "Jürgen");
        assertFalse(action.enabledProperty().get(), "pretix prints in the order's language, which is still being asked");
        assertTrue(robot.lookup("#preview-compare").queryAs(Button.class).isDisabled());
        waitFor("the order's language is read", () -> action.enabledProperty().get());
        assertEquals("de", onFx(() -> view.preview().shownAttendee().pdfData().path("locale").asText()),
                "the comparison takes the values in the order's language");
        assertFalse(robot.lookup("#preview-compare").queryAs(Button.class).isDisabled());
    }

    @Test
    void cancelStopsWaitingForPretix(FxRobot robot) throws Exception {
        server.faults().ticketsNeverReady(true);
        openWithAttendee(Locale.ENGLISH, "Anna");
        CompareView view = compare(robot);
        waitFor("pretix is preparing", () -> text(robot, "#compare-status").startsWith("pretix is preparing the ticket PDF"));
        assertTrue(robot.lookup("#compare-cancel").queryAs(Button.class).isVisible(), "cancellable while pretix prepares it");
        assertTrue(robot.lookup("#compare-waiting").queryAs(javafx.scene.layout.VBox.class).isVisible(), "said in large, too");
        robot.clickOn("#compare-cancel");
        waitFor("cancelled", () -> text(robot, "#compare-status").startsWith("Cancelled."));
        assertFalse(robot.lookup("#compare-cancel").queryAs(Button.class).isVisible());
        assertTrue(robot.lookup("." + ErrorDialog.STYLE_CLASS).tryQuery().isEmpty(), "a cancel is no error");
        assertEquals("Ink agreement –", view.figureLabel().getText());
    }

    @Test
    void aRefusalIsExplainedInTheErrorDialog(FxRobot robot) throws Exception {
        SandboxAttendee canceled = server.state().attendees().stream().filter(SandboxAttendee::canceled).findFirst().orElseThrow();
        openWithAttendee(Locale.ENGLISH, canceled.name());
        compare(robot);
        waitFor("the error dialog", () -> robot.lookup("." + ErrorDialog.STYLE_CLASS).tryQuery().isPresent());
        DialogPane pane = robot.lookup("." + ErrorDialog.STYLE_CLASS).queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("Downloads are not available for canceled or expired orders."), pane.getHeaderText());
        assertEquals("No comparison: see the message.", text(robot, "#compare-status"));
    }

    private static int px(double mm) {
        return (int) Math.round(mm / 25.4 * 150);
    }
}
