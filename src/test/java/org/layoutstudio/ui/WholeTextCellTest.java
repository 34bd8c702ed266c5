package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layoutstudio.editor.testing.FxTesting;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A cut text is whole in the cell's tooltip; a text shown whole has none. */
@ExtendWith(ApplicationExtension.class)
class WholeTextCellTest {
    private static final String LONG = "Łukasz Wiśniewski-Kowalczyk, Konferenzticket mit Abendveranstaltung";
    private static final String SHORT = "Zoë";

    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setPrefWidth(90);
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        name.setCellFactory(c -> new WholeTextCell<>());
        table.getColumns().add(name);
        table.getItems().setAll(List.of(LONG, SHORT));
        stage.setScene(new Scene(table, 200, 200));
        stage.show();
    }

    @Test
    void aCutTextIsWholeInTheTooltipAndAWholeOneHasNone() throws Exception {
        FxTesting.waitUntil("the rows are laid out", () -> cell(LONG) != null && cell(SHORT) != null);
        FxTesting.fx(() -> {
            TableCell<?, ?> cut = cell(LONG);
            assertNotEquals(LONG, shown(cut), "the column is too narrow for the name");
            assertNotNull(cut.getTooltip());
            assertEquals(LONG, cut.getTooltip().getText());
            TableCell<?, ?> whole = cell(SHORT);
            assertEquals(SHORT, shown(whole));
            assertNull(whole.getTooltip());
        });
        // widened, the name fits and its tooltip goes
        FxTesting.fx(() -> table.getColumns().get(0).setPrefWidth(190));
        FxTesting.fx(() -> table.getScene().getWindow().setWidth(700));
        FxTesting.fx(() -> table.getColumns().get(0).setPrefWidth(650));
        FxTesting.waitUntil("the name is shown whole", () -> LONG.equals(shown(cell(LONG))));
        FxTesting.fx(() -> assertNull(cell(LONG).getTooltip()));
    }

    private TableCell<?, ?> cell(String value) {
        return table.lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c && value.equals(c.getItem()))
                .map(n -> (TableCell<?, ?>) n).findFirst().orElse(null);
    }

    private static String shown(TableCell<?, ?> cell) {
        return cell.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst().orElse(cell.getText());
    }
}
