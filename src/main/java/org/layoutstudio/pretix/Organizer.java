package org.layoutstudio.pretix;

/**
 * An organizer the token can see ({@code GET /api/v1/organizers/}).
 *
 * @param slug the short form used in URLs
 * @param name the display name
 */
public record Organizer(String slug, String name) {
}
