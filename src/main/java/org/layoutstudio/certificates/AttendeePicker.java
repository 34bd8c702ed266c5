package org.layoutstudio.certificates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import java.util.ResourceBundle;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.ErrorReport;
import org.layoutstudio.ui.WholeTextCell;

/**
 * Finds attendees: a search field (order code, name, email, or a position id) that asks the
 * directory in the background a moment after the user stops typing, a "checked in only" filter, and
 * a table of the positions found. Double-click or Enter opens one.
 */
public final class AttendeePicker extends VBox {
    static final Duration DEBOUNCE = Duration.millis(250);

    private final AttendeeDirectory directory;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final ErrorMessages errors;
    private final TextField search = new TextField();
    private final CheckBox checkedInOnly = new CheckBox();
    private final Label status = new Label();
    private final ObservableList<Attendee> found = FXCollections.observableArrayList();
    private final FilteredList<Attendee> shown = new FilteredList<>(found);
    private final TableView<Attendee> table = new TableView<>(shown);
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private Task<List<Attendee>> running;
    private Consumer<Attendee> onOpen = a -> { };
    private String lastQuery;

    public AttendeePicker(AttendeeDirectory directory, BackgroundTasks tasks, ResourceBundle bundle) {
        this.directory = directory;
        this.tasks = tasks;
        this.texts = new Texts(bundle);
        this.errors = new ErrorMessages(bundle);
        setSpacing(6);
        setPadding(new Insets(6));
        search.setId("attendeeSearch");
        search.setPromptText(texts.get("certificates.picker.search"));
        checkedInOnly.setId("checkedInOnly");
        checkedInOnly.setText(texts.get("certificates.picker.checkedInOnly"));
        checkedInOnly.setMinWidth(USE_PREF_SIZE);
        checkedInOnly.selectedProperty().addListener((o, a, b) -> applyFilter());
        // Search and filter wrap onto two lines where the pane is narrow: the prompt stays whole.
        FlowPane bar = new FlowPane(8, 6, search, checkedInOnly);
        bar.setAlignment(Pos.CENTER_LEFT);
        double promptWidth = Headings.textWidth(search.getPromptText()) + 32;
        search.setMinWidth(promptWidth);
        search.prefWidthProperty().bind(Bindings.max(promptWidth, bar.widthProperty().subtract(checkedInOnly.widthProperty()).subtract(12)));
        status.setId("searchStatus");
        status.getStyleClass().add("search-status");
        status.setWrapText(true);
        status.setMinHeight(USE_PREF_SIZE);
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table, status);
        debounce.setOnFinished(e -> runSearch(search.getText()));
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        search.setOnAction(e -> {
            debounce.stop();
            runSearch(search.getText());
        });
    }

    private void buildTable() {
        table.setId("attendeeTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The columns share the width; where even their headings do not fit, the table scrolls sideways.
        table.widthProperty().addListener((o, a, width) -> table.setColumnResizePolicy(
                width.doubleValue() < headingsWidth() ? TableView.UNCONSTRAINED_RESIZE_POLICY
                        : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN));
        table.setPlaceholder(new Label(texts.get("certificates.picker.none")));
        table.getColumns().add(column("certificates.column.name", 160, Attendee::displayName));
        table.getColumns().add(column("certificates.column.product", 110, Attendee::product));
        table.getColumns().add(column("certificates.column.order", 70, Attendee::orderCode));
        TableColumn<Attendee, String> id = column("certificates.column.position", 64, a -> Long.toString(a.positionId()));
        id.getStyleClass().add("number-column");
        table.getColumns().add(id);
        String yes = texts.get("certificates.checkedIn.yes");
        String no = texts.get("certificates.checkedIn.no");
        TableColumn<Attendee, String> in = column("certificates.column.checkedIn", 80, a -> a.checkedIn() ? yes : no);
        in.getStyleClass().add("centered-column");
        table.getColumns().add(in);
        table.setRowFactory(t -> {
            TableRow<Attendee> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected().isPresent()) {
                onOpen.accept(selected().get());
            }
        });
    }

    /** The width the columns need to show their headings whole, plus room for the vertical scroll bar. */
    private double headingsWidth() {
        return table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 20;
    }

    private TableColumn<Attendee, String> column(String titleKey, double width, java.util.function.Function<Attendee, String> value) {
        TableColumn<Attendee, String> c = new TableColumn<>(texts.get(titleKey));
        Headings.keepWhole(c);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new WholeTextCell<>()); // a cut name or product is whole in its tooltip
        return c;
    }

    /** Loads the first page of results (an empty search). */
    public void refresh() {
        runSearch(search.getText());
    }

    /** Runs when the user double-clicks a row or presses Enter on one. */
    public void setOnOpen(Consumer<Attendee> action) {
        this.onOpen = action == null ? a -> { } : action;
    }

    /** The focused row, if any. */
    public Optional<Attendee> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    /** Every selected row. */
    public List<Attendee> selectedAll() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** The rows shown now (after the "checked in only" filter). */
    public List<Attendee> shown() {
        return List.copyOf(shown);
    }

    /** The line under the table: how many were found, "Searching…", or why the search failed. */
    public String statusText() {
        return status.getText();
    }

    public TableView<Attendee> table() {
        return table;
    }

    public TextField searchField() {
        return search;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    private void applyFilter() {
        shown.setPredicate(checkedInOnly.isSelected() ? Attendee::checkedIn : null);
        updateStatus();
    }

    private void runSearch(String text) {
        String query = text == null ? "" : text.strip();
        if (running != null) {
            running.cancel(true);
        }
        lastQuery = query;
        searching.set(true);
        setStatus(texts.get("certificates.picker.searching"), false);
        running = tasks.run("Search attendees", () -> find(query), result -> {
            if (query.equals(lastQuery)) {
                searching.set(false);
                found.setAll(result);
                updateStatus();
            }
        }, error -> {
            if (query.equals(lastQuery)) {
                searching.set(false);
                found.clear();
                ErrorReport r = errors.explain(error);
                setStatus(texts.format("certificates.picker.failed", r.whatHappened(), r.whatToDo()), true);
            }
        });
    }

    /** Background: a number is also tried as a position id, shown first. */
    private List<Attendee> find(String query) throws Exception {
        Map<Long, Attendee> byId = new LinkedHashMap<>();
        if (query.matches("\\d{1,18}")) {
            directory.byId(Long.parseLong(query)).ifPresent(a -> byId.put(a.positionId(), a));
        }
        for (Attendee a : directory.search(query)) {
            byId.putIfAbsent(a.positionId(), a);
        }
        return new ArrayList<>(byId.values());
    }

    private void updateStatus() {
        int n = shown.size();
        int all = found.size();
        setStatus(n == all ? texts.format("certificates.picker.count", n)
                : texts.format("certificates.picker.countFiltered", n, all), false);
    }

    private void setStatus(String text, boolean failed) {
        status.setText(text);
        status.getStyleClass().remove(FetchStatus.ERROR_CLASS);
        if (failed) {
            status.getStyleClass().add(FetchStatus.ERROR_CLASS);
        }
    }
}
