/**
 * The pretix REST client: {@link org.layoutstudio.pretix.PretixConnection} (where and as whom),
 * {@link org.layoutstudio.pretix.PretixClient} (organizers, events, items, questions, order
 * positions, ticket layouts, backgrounds, pretix's own ticket PDFs), files pretix prepares in the
 * background polled by one loop ({@code PreparedDownload}: certificates 303 → 409 … → 200, ticket PDFs
 * 409 … → 200), {@link org.layoutstudio.pretix.PositionLayout} (the layout pretix prints a position
 * with) and {@link org.layoutstudio.pretix.PretixException} (every failure, with a user sentence). Plain Java over OkHttp and Jackson; uses only the {@code layout} package.
 */
package org.layoutstudio.pretix;
