package org.layoutstudio.ui;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import javax.print.PrintException;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.pretix.InvalidConnectionException;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.pretix.profiles.Secrets;
import org.layoutstudio.render.RenderException;

/**
 * The one place that turns exceptions into messages for the user: what happened and what to do,
 * in the user's language, with the technical chain kept for the details area. Known tokens are
 * masked everywhere. Plain logic: testable without a toolkit.
 */
public final class ErrorMessages {
    /** The bundle that holds the texts (error.* keys). */
    public static final String BUNDLE = Texts.BUNDLE;

    private final ResourceBundle texts;
    private final String topic; // null: the general wording

    public ErrorMessages(ResourceBundle texts) {
        this(texts, null);
    }

    private ErrorMessages(ResourceBundle texts, String topic) {
        this.texts = texts;
        this.topic = topic;
    }

    /**
     * The same messages, worded for what {@code topic} was doing: a bundle key
     * {@code TOPIC.error.KEY.title} (with {@code .what} and {@code .todo}) wins over
     * {@code error.KEY.title}. So an area can say, for example, that a 404 while fetching a
     * certificate may mean that the event lacks the certificates plugin.
     */
    public ErrorMessages about(String topic) {
        return new ErrorMessages(texts, topic);
    }

    /** True when {@code error} is the user's own cancel (or an interrupt): nothing to show as a failure. */
    public static boolean isCancel(Throwable error) {
        Throwable e = unwrap(error);
        while (e != null && e.getClass() == RuntimeException.class && e.getCause() != null) {
            e = unwrap(e.getCause());
        }
        return e instanceof CancellationException || e instanceof InterruptedException || PretixErrors.isCancel(e);
    }

    public static ErrorMessages forLocale(Locale locale) {
        return new ErrorMessages(Texts.bundle(locale));
    }

    /** The report for {@code error} (wrappers such as ExecutionException are looked through). */
    public ErrorReport explain(Throwable error) {
        Throwable e = unwrap(error);
        ErrorReport r = classify(e);
        return new ErrorReport(r.title(), org.layoutstudio.layout.SafeText.line(Secrets.redact(r.whatHappened())),
                org.layoutstudio.layout.SafeText.line(Secrets.redact(r.whatToDo())),
                Secrets.redact(details(error)));
    }

    private ErrorReport classify(Throwable e) {
        ErrorReport pretix = PretixErrors.explain(e, this, this::classify);
        if (pretix != null) {
            return pretix;
        }
        if (e instanceof LayoutFormatException lfe) {
            String kind = lfe.kind() == LayoutFormatException.Kind.UNREADABLE ? "layoutUnreadable" : "notALayout";
            return report(kind, lfe.getMessage());
        }
        if (e instanceof InvalidConnectionException ice) {
            String key = "error.connection." + ice.problem().name();
            return new ErrorReport(text("error.connection.title"), text(key, ice.value()), text(key + ".todo", ice.value()), "");
        }
        // Library messages are English and technical: only what is data (a host, a file) is shown,
        // the rest stays in the folded details.
        if (e instanceof UnknownHostException) {
            return report("unknownHost", hostOf(e));
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return report("unreachable");
        }
        if (e instanceof SSLException) {
            return report("tls");
        }
        if (e instanceof InterruptedIOException) {
            return report("timeout");
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return report("noSuchFile", fileOf(e));
        }
        if (e instanceof AccessDeniedException) {
            return report("accessDenied", fileOf(e));
        }
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            return report("ioFile", fse.getFile());
        }
        if (e instanceof IOException) {
            return report("io");
        }
        if (e instanceof CancellationException) {
            return report("cancelled");
        }
        if (e instanceof PrintException) {
            return report("print");
        }
        if (e instanceof RenderException) {
            return report("render"); // its sentence is English: the details keep it
        }
        if (e instanceof IllegalArgumentException) {
            // Our own validation errors are sentences for the user already.
            return report("input", nonNull(e.getMessage()));
        }
        return report("unknown", e.getClass().getSimpleName());
    }

    /** A report from the bundle's {@code error.KEY.title / .what / .todo}, formatted with {@code args}. */
    ErrorReport report(String key, Object... args) {
        String base = topic != null && texts.containsKey(topic + ".error." + key + ".title")
                ? topic + ".error." + key : "error." + key;
        return new ErrorReport(text(base + ".title", args), text(base + ".what", args), text(base + ".todo", args), "");
    }

    /** Like {@link #report} for when there is nothing to quote: the what-happened line is {@code .whatNoDetail}. */
    ErrorReport reportWithout(String key) {
        return new ErrorReport(text("error." + key + ".title"), text("error." + key + ".whatNoDetail"),
                text("error." + key + ".todo"), "");
    }

    String text(String key, Object... args) {
        return Texts.get(texts, key, args);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException
                || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String fileOf(Throwable e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            return fse.getFile();
        }
        return nonNull(e.getMessage());
    }

    /** The host name of an UnknownHostException ("pretix.example: Name or service not known" → "pretix.example"). */
    private static String hostOf(Throwable e) {
        String m = nonNull(e.getMessage());
        int colon = m.indexOf(": ");
        return colon < 0 ? m : m.substring(0, colon);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The chain of causes, then the stack trace: for the folded details area and bug reports. */
    static String details(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getClass().getName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage());
            }
            sb.append('\n');
        }
        sb.append('\n');
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != e) {
                sb.append("Caused by: ").append(t.getClass().getName()).append('\n');
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                sb.append("    at ").append(frame).append('\n');
            }
        }
        return sb.toString();
    }
}
