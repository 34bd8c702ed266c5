/**
 * The pretix REST client: {@link org.layoutstudio.pretix.PretixConnection} (where and as whom),
 * {@link org.layoutstudio.pretix.PretixClient} (organizers, events, items, questions, order
 * positions, ticket layouts, backgrounds), {@link org.layoutstudio.pretix.CertificateFetcher}
 * (303 → 409 … → 200 polling) and {@link org.layoutstudio.pretix.PretixException} (every failure,
 * with a user sentence). Plain Java over OkHttp and Jackson; uses only the {@code layout} package.
 */
package org.layoutstudio.pretix;
