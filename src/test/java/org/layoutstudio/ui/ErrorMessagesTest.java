package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.InvalidConnectionException;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.pretix.profiles.Secrets;

class ErrorMessagesTest {
    private final ErrorMessages en = ErrorMessages.forLocale(Locale.ENGLISH);

    @Test
    void everyReportSaysWhatHappenedAndWhatToDo() {
        for (Throwable e : new Throwable[] {
                new UnknownHostException("pretix.example"), new ConnectException("Connection refused"),
                new SocketTimeoutException("timeout"), new NoSuchFileException("/tmp/x.json"), new IOException("disk full"),
                new LayoutFormatException(LayoutFormatException.Kind.UNREADABLE, "Line 3, column 7: a comma is missing."),
                new IllegalArgumentException("The server address is empty."), new NullPointerException() }) {
            ErrorReport r = en.explain(e);
            assertFalse(r.title().isBlank() || r.title().startsWith("error."), () -> "title for " + e);
            assertFalse(r.whatHappened().isBlank() || r.whatHappened().startsWith("error."), () -> "what for " + e);
            assertFalse(r.whatToDo().isBlank() || r.whatToDo().startsWith("error."), () -> "todo for " + e);
            assertFalse(r.whatHappened().contains("\tat ") || r.whatHappened().contains("Exception"),
                    () -> "no stack trace or class name as the main text: " + r.whatHappened());
            assertTrue(r.details().contains(e.getClass().getName()), "details keep the technical chain");
        }
    }

    @Test
    void specificCausesGetSpecificAdvice() {
        assertEquals("The server name pretix.example could not be found.",
                en.explain(new UnknownHostException("pretix.example")).whatHappened());
        ErrorReport layout = en.explain(new ExecutionException(
                new LayoutFormatException(LayoutFormatException.Kind.NOT_A_LAYOUT, "The JSON is an object, not a list of elements.")));
        assertEquals("This is not a pretix layout", layout.title());
        assertEquals("The JSON is an object, not a list of elements.", layout.whatHappened());
        assertTrue(en.explain(new NoSuchFileException("/tmp/gone.json")).whatHappened().contains("/tmp/gone.json"));
    }

    @Test
    void germanTexts() {
        ErrorReport r = ErrorMessages.forLocale(Locale.GERMAN).explain(new UnknownHostException("pretix.example"));
        assertEquals("Server nicht gefunden", r.title());
        assertTrue(r.whatToDo().contains("Internetverbindung"));
    }

    @Test
    void aKnownTokenNeverAppearsInAReport() {
        String token = "tok-" + "s3cr3t-7f9a1c2e4b";
        Secrets.register(token);
        ErrorReport r = en.explain(new IOException("Request failed: Authorization: Token " + token,
                new IllegalStateException("echo " + token)));
        String all = r.title() + r.whatHappened() + r.whatToDo() + r.details();
        assertFalse(all.contains(token), all);
        assertTrue(all.contains(Secrets.MASK));
    }

    @Test
    void everyRefusedConnectionSettingIsExplainedInGerman() {
        ErrorMessages de = ErrorMessages.forLocale(Locale.GERMAN);
        java.util.Set<InvalidConnectionException.Problem> seen = java.util.EnumSet.noneOf(InvalidConnectionException.Problem.class);
        String[][] inputs = {
                {"", "o", "e", "token-123"}, {"pretix.example", "o", "e", "token-123"}, {"ht!tp://x y", "o", "e", "token-123"},
                {"https://user:pw@pretix.example", "o", "e", "token-123"}, {"http://pretix.example", "o", "e", "token-123"},
                {"https://pretix.example", "o", "e", ""}, {"https://pretix.example", "o", "e", "to ken"},
                {"https://pretix.example", "a/b", "e", "token-123"}, {"https://pretix.example", "o", "e/f", "token-123"}};
        for (String[] in : inputs) {
            InvalidConnectionException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidConnectionException.class,
                    () -> PretixConnection.of(in[0], in[1], in[2], AuthScheme.TOKEN, in[3]));
            seen.add(e.problem());
            ErrorReport r = de.explain(e);
            TextWalk german = TextWalk.german().data(e.value(), "pretix.example");
            for (String text : List.of(r.title(), r.whatHappened(), r.whatToDo())) {
                assertTrue(german.accepts(text), () -> e.problem() + " is not German: " + text);
            }
        }
        assertEquals(java.util.EnumSet.allOf(InvalidConnectionException.Problem.class), seen, "every problem has a case here");
    }

    @Test
    void aLibrarysEnglishStaysInTheDetails() {
        ErrorMessages de = ErrorMessages.forLocale(Locale.GERMAN);
        ErrorReport refused = de.explain(new ConnectException("Failed to connect to /127.0.0.1:1"));
        assertFalse((refused.whatHappened() + refused.whatToDo()).contains("Failed"), refused.whatHappened());
        assertTrue(refused.details().contains("Failed to connect"), "kept for bug reports");
        ErrorReport unknown = de.explain(new UnknownHostException("pretix.example: Name or service not known"));
        assertEquals("Der Servername pretix.example wurde nicht gefunden.", unknown.whatHappened());
    }
}
