package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/upload}: pretix's raw-body upload (DRF FileUploadParser) with its
 * error texts. Errors raised in the view are a JSON list, parser errors a {@code detail}.
 */
final class UploadEndpoint {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "image/gif", Set.of(".gif"),
            "image/jpeg", Set.of(".jpg", ".jpeg"),
            "image/png", Set.of(".png"),
            "application/pdf", Set.of(".pdf"));
    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*\\s*=\\s*([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;]+)", Pattern.CASE_INSENSITIVE);

    private final SandboxState state;

    UploadEndpoint(SandboxState state) {
        this.state = state;
    }

    HttpReply handle(ApiRequest r, Tokens.Principal p) {
        PretixRoutes.allow(r, "POST");
        String filename = filename(r.header("Content-Disposition"));
        if (filename == null || filename.isEmpty()) {
            throw ApiError.detail(400,
                    "Missing filename. Request should include a Content-Disposition header with a filename parameter.");
        }
        if (r.body().length == 0) {
            return listError("No file has been submitted.");
        }
        String type = r.header("Content-Type");
        String contentType = type == null ? "" : type.split(";")[0].trim();
        if (!ALLOWED.containsKey(contentType)) {
            return listError("Content type \"" + contentType + "\" is not allowed");
        }
        // pretix compares with str.endswith: the extension check is case-sensitive
        if (ALLOWED.get(contentType).stream().noneMatch(filename::endsWith)) {
            return listError("File name \"" + filename + "\" has an invalid extension for type \"" + contentType + "\"");
        }
        FileStore.Upload u = state.files().upload(p.id(), contentType, filename, r.body(), state.uploadLifetime());
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", "file:" + u.id());
        return HttpReply.json(201, o);
    }

    private static HttpReply listError(String message) {
        return HttpReply.json(400, JsonNodeFactory.instance.arrayNode().add(message));
    }

    /** The filename of a Content-Disposition header ({@code filename*=UTF-8''...} preferred), or null. */
    static String filename(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher star = FILENAME_STAR.matcher(disposition);
        if (star.find()) {
            String v = star.group(1).trim();
            int quote = v.indexOf("''");
            if (quote >= 0) {
                try {
                    return java.net.URLDecoder.decode(v.substring(quote + 2).replace("+", "%2B"),
                            java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        Matcher m = FILENAME.matcher(disposition);
        if (m.find()) {
            String v = m.group(2) != null ? m.group(2) : m.group(1).trim();
            return v.toLowerCase(Locale.ROOT).equals("") ? null : v;
        }
        return null;
    }
}
