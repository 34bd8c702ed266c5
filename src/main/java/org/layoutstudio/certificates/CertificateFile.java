package org.layoutstudio.certificates;

import java.util.Objects;

/** A downloaded certificate: the PDF bytes and the file name pretix proposed. */
public record CertificateFile(String fileName, byte[] pdf) {
    public CertificateFile {
        Objects.requireNonNull(pdf);
        fileName = fileName == null || fileName.isBlank() ? "certificate.pdf" : safeName(fileName);
    }

    /** Strips folders and characters no file system likes from a server-given name. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\x00-\\x1f:*?\"<>|]", "_").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "certificate.pdf";
        }
        return base;
    }
}
