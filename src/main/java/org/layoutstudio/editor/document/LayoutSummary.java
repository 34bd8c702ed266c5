package org.layoutstudio.editor.document;

import java.util.List;

/** One row of the server's layout list: name, default flag and the products it is assigned to. */
public record LayoutSummary(long id, String name, boolean isDefault, List<String> products) {
    public LayoutSummary {
        products = List.copyOf(products);
    }

    public String productsText() {
        return products.isEmpty() ? "—" : String.join(", ", products);
    }
}
