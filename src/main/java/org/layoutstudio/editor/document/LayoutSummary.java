package org.layoutstudio.editor.document;

import java.util.List;
import org.layoutstudio.pretix.TicketLayoutResource;

/** One row of the server's layout list: the layout as listed and the names of the products it is assigned to. */
public record LayoutSummary(TicketLayoutResource layout, List<String> products) {
    public LayoutSummary {
        products = List.copyOf(products);
    }

    public long id() {
        return layout.id();
    }

    public String name() {
        return layout.name();
    }

    public boolean isDefault() {
        return layout.isDefault();
    }

    public String productsText() {
        return products.isEmpty() ? "—" : String.join(", ", products);
    }
}
