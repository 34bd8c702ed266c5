package org.layoutstudio.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Load + validate + write of pretix's default ticket layout and of a generated 2,000-element
 * layout, next to a baseline measured in the same run: Jackson's plain readTree + write of the
 * same bytes (no literal keeping, no schema). Compare each {@code roundTrip*} with its
 * {@code baselineJackson*} rather than with absolute numbers from another machine.
 *
 * <p>Run: {@code ./mvnw -o -q -Pbench verify -Dbench=LayoutBenchmark} (short defaults below:
 * 1 fork, 2 warm-up and 3 measured iterations of 2 s). Not part of {@code verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LayoutBenchmark {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private byte[] defaultLayout;
    private byte[] bigLayout;
    private byte[] warnedLayout;
    private LayoutValidator validator;

    @Setup
    public void setUp() {
        defaultLayout = PretixDefaults.ticketLayout().toPrettyJson().getBytes(StandardCharsets.UTF_8);
        bigLayout = generated(2000).getBytes(StandardCharsets.UTF_8);
        warnedLayout = warned(2000).getBytes(StandardCharsets.UTF_8);
        validator = LayoutValidator.pretix();
    }

    /** 2,000 elements: the default layout's elements over and over, each moved a little. */
    static String generated(int count) {
        LayoutDocument template = PretixDefaults.ticketLayout();
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < count; i++) {
            Element e = template.get(i % template.size());
            ObjectNode o = e.withPosition(e.left() + (i % 7), e.bottom() - (i % 11)).json();
            all.add(o);
        }
        return LayoutJson.writePretty(all);
    }

    /** 2,000 elements, each with one warning: small QR codes and texts with a variable pretix does not know. */
    static String warned(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append(i % 2 == 0
                    ? "{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"5\"}"
                    : "{\"type\":\"textcontainer\",\"left\":\"10\",\"bottom\":\"10\",\"width\":\"50\",\"height\":\"10\","
                            + "\"fontsize\":\"13.0\",\"fontfamily\":\"Open Sans\",\"content\":\"atendee_name\"}");
        }
        return json.append("]").toString();
    }

    private String roundTrip(byte[] bytes) throws LayoutFormatException {
        LayoutDocument doc = LayoutDocument.parse(bytes);
        ValidationReport report = validator.validate(doc);
        if (!report.isValid()) {
            throw new IllegalStateException(report.toString());
        }
        return doc.toCompactJson();
    }

    @Benchmark
    public String roundTripDefaultTicket() throws LayoutFormatException {
        return roundTrip(defaultLayout);
    }

    @Benchmark
    public String roundTrip2000Elements() throws LayoutFormatException {
        return roundTrip(bigLayout);
    }

    @Benchmark
    public ValidationReport preflight2000Elements() throws LayoutFormatException {
        return new Preflight().check(LayoutDocument.parse(bigLayout), PageGeometry.A4_PORTRAIT);
    }

    /** Preflight of 2,000 elements with one warning each, every warning worded as a line (English). */
    @Benchmark
    public List<String> preflightWorded2000Warnings() throws LayoutFormatException {
        return new Preflight().check(LayoutDocument.parse(warnedLayout), PageGeometry.A4_PORTRAIT).findings().stream()
                .map(Finding::line).toList();
    }

    @Benchmark
    public String baselineJacksonDefaultTicket() throws IOException {
        JsonNode n = PLAIN.readTree(defaultLayout);
        return PLAIN.writeValueAsString(n);
    }

    @Benchmark
    public String baselineJackson2000Elements() throws IOException {
        JsonNode n = PLAIN.readTree(bigLayout);
        return PLAIN.writeValueAsString(n);
    }
}
