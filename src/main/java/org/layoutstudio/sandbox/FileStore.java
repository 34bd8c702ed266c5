package org.layoutstudio.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Uploaded files ({@code file:<uuid>} ids, bound to the uploader and expiring) and the public
 * media files layouts point to ({@code /media/pub/...}, served without authentication).
 */
final class FileStore {
    /** An upload as pretix's CachedFile: who uploaded it, its type, name, bytes and expiry. */
    record Upload(String id, String uploader, String contentType, String filename, byte[] bytes, Instant expires) {
    }

    /** A public file. */
    record MediaFile(String contentType, byte[] bytes) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Upload> uploads = new HashMap<>();
    private final Map<String, MediaFile> media = new HashMap<>();
    private final Clock clock;

    FileStore(Clock clock) {
        this.clock = clock;
    }

    synchronized Upload upload(String uploader, String contentType, String filename, byte[] bytes, Duration lifetime) {
        Instant now = clock.instant();
        uploads.values().removeIf(old -> !now.isBefore(old.expires()));
        Upload u = new Upload(UUID.randomUUID().toString(), uploader, contentType, filename, bytes.clone(),
                clock.instant().plus(lifetime));
        uploads.put(u.id(), u);
        return u;
    }

    /** The upload behind {@code file:<uuid>} if it exists, belongs to {@code uploader} and has not expired. */
    synchronized Upload find(String fileSpec, String uploader) {
        if (fileSpec == null || !fileSpec.startsWith("file:")) {
            return null;
        }
        Upload u = uploads.get(fileSpec.substring(5));
        if (u == null || !u.uploader().equals(uploader) || !clock.instant().isBefore(u.expires())) {
            return null;
        }
        return u;
    }

    /** Stores a public copy like pretix's {@code bg_name}: an unguessable name below the event. */
    synchronized String publish(String organizer, String event, int layoutId, String contentType, byte[] bytes) {
        String path = "/media/pub/" + organizer + "/" + event + "/ticketoutputpdf/" + layoutId + "-" + randomName(16) + ".pdf";
        media.put(path, new MediaFile(contentType, bytes.clone()));
        return path;
    }

    synchronized MediaFile media(String path) {
        return media.get(path);
    }

    private static String randomName(int n) {
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(chars.charAt(RANDOM.nextInt(chars.length())));
        }
        return sb.toString();
    }
}
