package org.layoutstudio.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.layoutstudio.layout.SafeText;

/**
 * Writes the command line's output files: next to the target first, then moved in place, so a
 * failure or a kill never leaves half a file and an existing file stays as it was. Every problem
 * with the path is a sentence ({@link CannotWrite}): a folder, a missing folder, no permission,
 * a full disk.
 */
final class OutputFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, Failed;
    }

    /** The content could not be made; the temporary file is removed and the target left alone. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The target cannot be written; the message is a sentence naming it. */
    static final class CannotWrite extends Exception {
        private static final long serialVersionUID = 1L;

        CannotWrite(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Writes {@code bytes} to {@code target}. */
    static void write(Path target, byte[] bytes) throws CannotWrite {
        try {
            write(target, out -> out.write(bytes));
        } catch (Failed e) {
            throw new IllegalStateException(e); // writing bytes fails only as an IOException
        }
    }

    /** Writes what {@code content} produces to {@code target}, streaming. */
    static void write(Path target, Content content) throws CannotWrite, Failed {
        Path absolute = target.toAbsolutePath().normalize();
        check(target, absolute);
        // Not Files.createTempFile: its file is readable by the owner only, and so would the output be.
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 64 * 1024)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CannotWrite(sentence(target, e), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a temporary file we could create but not delete: nothing more to do
            }
        }
    }

    /** The folder {@code dir} for several output files: made when missing, refused when it is a file. */
    static void folder(Path dir) throws CannotWrite {
        String name = name(dir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CannotWrite(name + " is a file, not a folder; give a folder for the files.", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CannotWrite("The folder " + name + " cannot be made (" + reason(e) + ").", e);
        }
    }

    private static void check(Path target, Path absolute) throws CannotWrite {
        String name = name(target);
        if (Files.isDirectory(absolute)) {
            throw new CannotWrite(name + " is a folder; name a file to write instead.", null);
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CannotWrite("The folder " + name(dir) + " does not exist; make it first or write elsewhere.", null);
        }
        if (!Files.isWritable(dir)) {
            throw new CannotWrite("You may not write in the folder " + name(dir) + ".", null);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new CannotWrite("You may not overwrite " + name + ".", null);
        }
    }

    private static String sentence(Path target, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "You may not write " + name(target) + ".";
        }
        if (e instanceof NoSuchFileException) {
            return "The folder of " + name(target) + " does not exist; make it first or write elsewhere.";
        }
        return name(target) + " cannot be written (" + reason(e) + ").";
    }

    private static String reason(IOException e) {
        String r = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        return r == null || r.isBlank() ? e.getClass().getSimpleName() : SafeText.line(r, SafeText.QUOTE_CHARS);
    }

    static String name(Path p) {
        return SafeText.line(String.valueOf(p), SafeText.QUOTE_CHARS);
    }
}
