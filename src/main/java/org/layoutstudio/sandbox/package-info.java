/**
 * A pretix-compatible local server for demo mode and tests, in plain Java on the JDK's
 * {@code HttpServer} (loopback only).
 *
 * <p>Start it with {@link org.layoutstudio.sandbox.SandboxServer#start()} (free port) or
 * {@link org.layoutstudio.sandbox.SandboxServer#start(SandboxOptions)}; point a client at
 * {@code baseUrl()}, organizer {@code demo}, event {@code democon}, header
 * {@code Authorization: Token <token()>}. It serves organizers, events, items, questions,
 * order positions (with {@code search=} and {@code pdf_data=true}), ticket layouts (CRUD with
 * pretix's validation texts and its {@code default} bug), ticket layout items, uploads,
 * background files, the certificate flow (303 → 409 → 200 PDF) and ticket PDFs
 * ({@code …/download/pdf/}: 409 → 200, rendered by the sandbox itself).
 *
 * <p>Tests switch faults on {@link org.layoutstudio.sandbox.SandboxServer#faults()} (delay, 5xx,
 * connection reset, 429 + Retry-After, redirect to another host, garbage body, certificates or
 * tickets never ready, a ticket element moved or left out) and inspect {@link org.layoutstudio.sandbox.SandboxServer#requests()}. From outside the
 * JVM the same switches are at {@code POST /_sandbox/faults}.
 */
package org.layoutstudio.sandbox;
