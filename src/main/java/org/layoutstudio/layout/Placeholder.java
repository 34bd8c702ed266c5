package org.layoutstudio.layout;

/**
 * One pretix variable a text or QR code can show: its key ({@code attendee_name}), the label
 * pretix's editor gives it, and the sample value pretix's preview uses.
 */
public record Placeholder(String key, String label, String sample) {
}
