package org.layoutstudio.pretix.profiles;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.layoutstudio.pretix.AuthScheme;

/**
 * A saved connection to a pretix server: a name the user chose, the server URL, organizer, event
 * and how to authenticate. Never the token: that lives in the {@link CredentialStore}, found by
 * {@link #credentialKey()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectionProfile(
        @JsonProperty("name") String name,
        @JsonProperty("serverUrl") String serverUrl,
        @JsonProperty("organizer") String organizer,
        @JsonProperty("event") String event,
        @JsonProperty("authScheme") AuthScheme authScheme) {

    @JsonCreator
    public ConnectionProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serverUrl, "serverUrl");
        organizer = organizer == null ? "" : organizer;
        event = event == null ? "" : event;
        authScheme = authScheme == null ? AuthScheme.TOKEN : authScheme;
    }

    /** The key of this profile's token in the credential store: server and organizer. */
    public String credentialKey() {
        return stripSlash(serverUrl) + "|" + organizer + "|" + name;
    }

    public ConnectionProfile withEvent(String newEvent) {
        return new ConnectionProfile(name, serverUrl, organizer, newEvent, authScheme);
    }

    public ConnectionProfile withOrganizer(String newOrganizer) {
        return new ConnectionProfile(name, serverUrl, newOrganizer, event, authScheme);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
