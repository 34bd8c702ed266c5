package org.layoutstudio.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads input files with a size limit, never whole into memory first: reading stops one byte
 * after the limit, so {@code /dev/zero}, {@code /dev/urandom} and pipes (whose size is unknown) are
 * refused as quickly as a large file. The one bounded reader for layouts, ticket values and PDFs.
 */
public final class InputFiles {
    private static final int CHUNK = 64 * 1024;

    private InputFiles() {
    }

    /** The file holds more than the limit allows. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;
        private final long size;

        TooLarge(Path file, long limit, long size) {
            super(file + " is larger than " + megabytes(limit));
            this.limit = limit;
            this.size = size;
        }

        /** The limit in bytes. */
        public long limit() {
            return limit;
        }

        /** The file's size in bytes, or -1 when it is unknown (a device or a pipe). */
        public long size() {
            return size;
        }

        /** "The file is 50.0 MB" or "The file is larger than 8 MB" (devices and pipes have no size). */
        public String whatIsRead() {
            return size >= 0 ? "The file is " + String.format(Locale.ROOT, "%.1f MB", size / 1048576.0)
                    : "The file is larger than " + megabytes(limit);
        }
    }

    /** The path is a folder. */
    public static final class Folder extends FileSystemException {
        private static final long serialVersionUID = 1L;

        Folder(Path file) {
            super(file.toString(), null, "is a folder");
        }
    }

    /**
     * The bytes of {@code file}, at most {@code maxBytes}.
     *
     * @throws TooLarge              when the file holds more
     * @throws Folder                when it is a folder
     * @throws NoSuchFileException   when it does not exist
     * @throws AccessDeniedException when it may not be read
     */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new Folder(file);
        }
        long size = Files.isRegularFile(file) ? Files.size(file) : -1;
        if (size > maxBytes) {
            throw new TooLarge(file, maxBytes, size);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size > 0 ? (int) size : CHUNK);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[CHUNK];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLarge(file, maxBytes, size >= 0 && size > maxBytes ? size : -1);
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    /**
     * A sentence for a file that could not be read ({@link TooLarge} excepted: its limit belongs
     * to the caller): missing, a folder, no permission, or another failure of the system.
     */
    public static String problem(Path file, IOException e) {
        String name = SafeText.line(String.valueOf(file), SafeText.QUOTE_CHARS);
        if (e instanceof NoSuchFileException) {
            return "There is no file " + name + ".";
        }
        if (e instanceof Folder) {
            return name + " is a folder, not a file.";
        }
        if (e instanceof AccessDeniedException) {
            return "You may not read the file " + name + ".";
        }
        String why = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        return "The file " + name + " could not be read" + (why == null || why.isBlank() ? "" : " (" + SafeText.line(why, SafeText.QUOTE_CHARS) + ")") + ".";
    }

    static String megabytes(long bytes) {
        return bytes % 1048576 == 0 ? bytes / 1048576 + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
