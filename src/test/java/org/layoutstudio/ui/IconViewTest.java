package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.testing.FxTesting;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An icon is a square of the theme's icon size with its outline inside, coloured as the theme
 * colours icons: the text colour by itself, and the theme's state colours (a selected toggle's) over
 * that default. The theme is the app's, as the app applies it (the user-agent style sheet).
 */
@ExtendWith(ApplicationExtension.class)
class IconViewTest {
    private IconView plain;
    private IconView large;
    private IconView inToggle;
    private IconView inSelectedToggle;
    private Label label;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        plain = Icon.TICKET_OUTLINE.view();
        large = Icon.LAN_CONNECT.view();
        large.setStyle("-fx-icon-size: 40px;");
        inToggle = Icon.GRID.view();
        inSelectedToggle = Icon.MAGNET.view();
        ToggleButton off = new ToggleButton("Grid", inToggle);
        ToggleButton on = new ToggleButton("Snap", inSelectedToggle);
        on.setSelected(true);
        label = new Label("text");
        stage.setScene(new Scene(new HBox(8, plain, large, off, on, label), 500, 100));
        stage.show();
    }

    @AfterEach
    void plainToolkitAgain() throws Exception {
        FxTesting.fx(() -> javafx.application.Application.setUserAgentStylesheet(null));
    }

    @Test
    void anIconIsASquareOfTheIconSizeWithItsOutlineInside() throws Exception {
        FxTesting.fx(() -> {
            assertEquals(IconView.DEFAULT_SIZE, plain.getWidth());
            assertEquals(IconView.DEFAULT_SIZE, plain.getHeight());
            assertEquals(40, large.getWidth(), "-fx-icon-size from a style");
            assertEquals(40, large.getHeight());
            for (IconView v : new IconView[] {plain, large}) {
                Bounds outline = outline(v).getBoundsInParent();
                assertTrue(outline.getMinX() >= 0 && outline.getMinY() >= 0
                        && outline.getMaxX() <= v.getWidth() && outline.getMaxY() <= v.getHeight(), v.icon() + " " + outline);
                assertTrue(outline.getWidth() > v.getWidth() * 0.6, "the outline fills most of its square: " + outline);
            }
        });
    }

    @Test
    void theThemeColoursIconsAsItColoursText() throws Exception {
        FxTesting.fx(() -> {
            Paint text = label.getTextFill();
            assertNotEquals(Color.BLACK, text, "the theme's text colour is not the toolkit's black");
            assertEquals(text, outline(plain).getFill(), "an icon by itself has the text colour");
            assertNotEquals(outline(inToggle).getFill(), outline(inSelectedToggle).getFill(),
                    "a selected toggle's icon takes the theme's colour for it over the default");
        });
    }

    @Test
    void everyIconHasItsOwnOutline() {
        java.util.Set<String> outlines = new java.util.HashSet<>();
        for (Icon icon : Icon.values()) {
            assertTrue(outlines.add(icon.outline()), icon + " looks like another icon");
        }
    }

    private static SVGPath outline(IconView v) {
        return (SVGPath) v.getChildrenUnmodifiable().get(0);
    }
}
