package org.layoutstudio.sandbox;

import java.security.SecureRandom;
import java.util.Map;

/** The credentials the sandbox accepts, each bound to one organizer. Random per server start. */
final class Tokens {
    /** Who made a request: the auth scheme, an identity for upload binding, the organizer and whether it may write. */
    record Principal(String scheme, String id, String organizer, boolean canWrite) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final String teamToken = random(64);
    private final String readOnlyToken = random(64);
    private final String otherOrganizerToken = random(64);
    private final String oauthToken = random(30);
    private final String deviceToken = random(64);
    private final Map<String, Principal> byHeader = Map.of(
            "Token " + teamToken, new Principal("Token", "team-1", SandboxServer.ORGANIZER, true),
            "Token " + readOnlyToken, new Principal("Token", "team-2", SandboxServer.ORGANIZER, false),
            "Token " + otherOrganizerToken, new Principal("Token", "team-3", SandboxServer.OTHER_ORGANIZER, true),
            "Bearer " + oauthToken, new Principal("Bearer", "oauth-1", SandboxServer.ORGANIZER, true),
            "Device " + deviceToken, new Principal("Device", "device-1", SandboxServer.ORGANIZER, true));

    String teamToken() {
        return teamToken;
    }

    String readOnlyToken() {
        return readOnlyToken;
    }

    String otherOrganizerToken() {
        return otherOrganizerToken;
    }

    String oauthToken() {
        return oauthToken;
    }

    String deviceToken() {
        return deviceToken;
    }

    /**
     * DRF's authentication: no (known) scheme → "not provided"; a known scheme with a wrong
     * token → "Invalid token."; both 401.
     */
    Principal authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw notProvided();
        }
        String[] parts = authorization.trim().split("\\s+");
        String scheme = parts[0];
        if (!scheme.equals("Token") && !scheme.equals("Bearer") && !scheme.equals("Device")) {
            throw notProvided();
        }
        if (parts.length == 1) {
            throw new ApiError(HttpReply.detail(401, "Invalid token header. No credentials provided.")
                    .withHeader("WWW-Authenticate", "Token"));
        }
        if (parts.length > 2) {
            throw new ApiError(HttpReply.detail(401, "Invalid token header. Token string should not contain spaces.")
                    .withHeader("WWW-Authenticate", "Token"));
        }
        Principal p = byHeader.get(scheme + " " + parts[1]);
        if (p == null) {
            throw new ApiError(HttpReply.detail(401, "Invalid token.").withHeader("WWW-Authenticate", "Token"));
        }
        return p;
    }

    private static ApiError notProvided() {
        return new ApiError(HttpReply.detail(401, "Authentication credentials were not provided.")
                .withHeader("WWW-Authenticate", "Token"));
    }

    private static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
