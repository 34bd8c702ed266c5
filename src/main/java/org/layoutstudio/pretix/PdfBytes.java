package org.layoutstudio.pretix;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers around PDF bytes and file names from HTTP headers. */
final class PdfBytes {
    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*\\s*=\\s*(?:UTF-8|utf-8)''([^;]+)");
    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

    private PdfBytes() {
    }

    /** Whether the bytes start like a PDF ({@code %PDF-} within the first KB, as readers accept). */
    static boolean looksLikePdf(byte[] b) {
        if (b == null) {
            return false;
        }
        int limit = Math.min(b.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** The file name of a Content-Disposition header, made safe, or {@code fallback}. */
    static String fileNameFrom(String contentDisposition, String fallback) {
        if (contentDisposition == null) {
            return fallback;
        }
        Matcher star = FILENAME_STAR.matcher(contentDisposition);
        String name = null;
        if (star.find()) {
            try {
                name = URLDecoder.decode(star.group(1).trim().replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                name = null;
            }
        }
        if (name == null) {
            Matcher m = FILENAME.matcher(contentDisposition);
            if (m.find()) {
                name = m.group(2) != null ? m.group(2) : m.group(1);
            }
        }
        return safeFileName(name, fallback);
    }

    /** Strips folders, control and reserved characters; keeps or adds {@code .pdf}. */
    static String safeFileName(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.isBlank()) {
            return fallback;
        }
        if (n.length() > 150) {
            n = n.substring(0, 150);
        }
        if (!n.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            n = n + ".pdf";
        }
        return n;
    }
}
