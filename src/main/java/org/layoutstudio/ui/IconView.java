package org.layoutstudio.ui;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * One {@link Icon} on screen: a square of {@code -fx-icon-size} (18 px unless a style sheet says
 * otherwise, as the theme sizes icons) with the outline scaled into it. The outline carries the
 * style class {@code font-icon}, which the theme colours in every state (a hovered button, a selected
 * toggle, a focused menu item) through {@code -fx-fill}; its own default colour comes from this
 * node's user-agent style sheet, so that the theme's state rules still win over it.
 */
public final class IconView extends Region {
    /** The theme's icon size. */
    public static final double DEFAULT_SIZE = 18;

    private static final StyleablePropertyFactory<IconView> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final String DEFAULT_COLOUR = IconView.class.getResource("icon-view.css").toExternalForm();

    private final Icon icon;
    private final StyleableProperty<Number> size = STYLES.createStyleableNumberProperty(this, "iconSize", "-fx-icon-size",
            v -> v.size, DEFAULT_SIZE);
    private final Scale scale = new Scale(DEFAULT_SIZE / Icon.BOX, DEFAULT_SIZE / Icon.BOX, 0, 0);

    IconView(Icon icon) {
        this.icon = icon;
        getStyleClass().add("icon-view");
        SVGPath outline = new SVGPath();
        outline.setContent(icon.outline());
        outline.getStyleClass().add("font-icon");
        outline.getTransforms().add(scale);
        getChildren().add(outline);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE); // a square of the icon size, never stretched or squeezed
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        ((javafx.beans.value.ObservableValue<?>) size).addListener(o -> requestLayout());
    }

    public Icon icon() {
        return icon;
    }

    /** The side of the square, in px. */
    public double size() {
        return size.getValue().doubleValue();
    }

    @Override
    protected void layoutChildren() {
        double s = size() / Icon.BOX;
        scale.setX(s);
        scale.setY(s);
        // the outline's origin is the box's corner (relocate would move its bounds' corner there)
        getChildren().get(0).setLayoutX(snappedLeftInset());
        getChildren().get(0).setLayoutY(snappedTopInset());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + size() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + size() + snappedBottomInset();
    }

    @Override
    public String getUserAgentStylesheet() {
        return DEFAULT_COLOUR;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
