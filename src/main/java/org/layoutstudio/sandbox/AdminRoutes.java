package org.layoutstudio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;

/**
 * {@code /_sandbox/faults}: switch faults from outside the JVM (e.g. from a shell while the
 * standalone sandbox runs). GET shows them, POST sets the ones named in a JSON object, DELETE
 * clears all. Keys: delayMs, fail + failStatus, reset, throttle + retryAfter, redirect +
 * redirectTo + redirectStatus, garbage, certificatesNeverReady, scope (path prefix), certificatePreparationMs;
 * for ticket PDFs ticketsNeverReady, ticketPreparationMs, ticketShift ({"index": 0, "dxMm": 5, "dyMm": 0}:
 * the sandbox's rendering moves that layout element) and ticketDrop (an element index it leaves out).
 * {@code /_sandbox/requests}: GET the request count, DELETE clears the log.
 */
final class AdminRoutes {
    private final SandboxFaults faults;
    private final RequestLog log;
    private final SandboxState state;

    AdminRoutes(SandboxFaults faults, RequestLog log, SandboxState state) {
        this.faults = faults;
        this.log = log;
        this.state = state;
    }

    HttpReply handle(ApiRequest r) {
        if (r.path().equals("/_sandbox/faults")) {
            switch (r.method()) {
                case "GET":
                    return state();
                case "POST":
                    return apply(r.body());
                case "DELETE":
                    faults.clear();
                    return state();
                default:
                    return HttpReply.detail(405, "Method \"" + r.method() + "\" not allowed.");
            }
        }
        if (r.path().equals("/_sandbox/requests")) {
            if (r.method().equals("DELETE")) {
                log.clear();
            }
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("count", log.count());
            return HttpReply.json(200, o);
        }
        return HttpReply.detail(404, "Not found.");
    }

    private HttpReply state() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("faults", faults.describe());
        o.put("certificatePreparationMs", state.certificatePreparation().toMillis());
        o.put("ticketPreparationMs", state.ticketPreparation().toMillis());
        return HttpReply.json(200, o);
    }

    private HttpReply apply(byte[] body) {
        JsonNode j;
        try {
            j = LayoutJson.parse(body);
        } catch (LayoutFormatException e) {
            return HttpReply.detail(400, e.getMessage());
        }
        if (!j.isObject()) {
            return HttpReply.detail(400, "Send a JSON object such as {\"fail\": 2, \"failStatus\": 502}.");
        }
        try {
            if (j.has("delayMs")) {
                faults.delay(Duration.ofMillis(j.get("delayMs").asLong()));
            }
            if (j.has("fail")) {
                faults.failNext(j.get("fail").asInt(), j.path("failStatus").asInt(503));
            }
            if (j.has("reset")) {
                faults.resetNext(j.get("reset").asInt());
            }
            if (j.has("throttle")) {
                faults.throttleNext(j.get("throttle").asInt(), j.path("retryAfter").asInt(1));
            }
            if (j.has("redirect")) {
                faults.redirectNext(j.get("redirect").asInt(), j.path("redirectTo").asText(""),
                        j.path("redirectStatus").asInt(302));
            }
            if (j.has("garbage")) {
                faults.garbageNext(j.get("garbage").asInt());
            }
            if (j.has("scope")) {
                faults.scope(j.get("scope").isNull() ? null : j.get("scope").asText());
            }
            if (j.has("certificatePreparationMs")) {
                state.setCertificatePreparation(Duration.ofMillis(Math.max(0, j.get("certificatePreparationMs").asLong())));
            }
            if (j.has("certificatesNeverReady")) {
                faults.certificatesNeverReady(j.get("certificatesNeverReady").asBoolean());
            }
            if (j.has("ticketsNeverReady")) {
                faults.ticketsNeverReady(j.get("ticketsNeverReady").asBoolean());
            }
            if (j.has("ticketPreparationMs")) {
                state.setTicketPreparation(Duration.ofMillis(Math.max(0, j.get("ticketPreparationMs").asLong())));
            }
            if (j.has("ticketShift")) {
                JsonNode s = j.get("ticketShift");
                faults.shiftTicketElement(s.path("index").asInt(-1), s.path("dxMm").asDouble(0), s.path("dyMm").asDouble(0));
            }
            if (j.has("ticketDrop")) {
                faults.dropTicketElement(j.get("ticketDrop").asInt(-1));
            }
        } catch (IllegalArgumentException e) {
            return HttpReply.detail(400, e.getMessage());
        }
        return state();
    }
}
