package org.layoutstudio.layout;

import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;

/**
 * A JSON number that remembers how it was written ({@code 1.50}, {@code -0}, {@code 1e3}), so that
 * a layout that is loaded and saved again keeps every number literal exactly as it was.
 */
final class LiteralNumberNode extends DecimalNode {
    private static final long serialVersionUID = 1L;
    private final String literal;

    LiteralNumberNode(String literal, BigDecimal value) {
        super(value);
        this.literal = literal;
    }

    String literal() {
        return literal;
    }

    @Override
    public String asText() {
        return literal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LiteralNumberNode other && other.literal.equals(literal);
    }

    @Override
    public int hashCode() {
        return literal.hashCode();
    }
}
