package org.layoutstudio.sandbox;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** pretix's date and money formats for English and German, enough for realistic pdf_data. */
final class LocalFormats {
    private static final Map<String, String> COUNTRIES_EN = Map.of("DE", "Germany", "FR", "France", "NL", "Netherlands",
            "PL", "Poland", "ES", "Spain", "GB", "United Kingdom");
    private static final Map<String, String> COUNTRIES_DE = Map.of("DE", "Deutschland", "FR", "Frankreich", "NL", "Niederlande",
            "PL", "Polen", "ES", "Spanien", "GB", "Vereinigtes Königreich");

    private final boolean german;
    private final Locale locale;

    LocalFormats(String language) {
        this.german = "de".equals(language);
        this.locale = german ? Locale.GERMAN : Locale.ENGLISH;
    }

    String language() {
        return german ? "de" : "en";
    }

    /** DATE_FORMAT: "June 11th, 2026" / "11. Juni 2026". */
    String date(ZonedDateTime t) {
        if (german) {
            return t.getDayOfMonth() + ". " + month(t) + " " + t.getYear();
        }
        return month(t) + " " + ordinal(t.getDayOfMonth()) + ", " + t.getYear();
    }

    /** pretix's daterange: "June 11th – 12th, 2026" / "11.–12. Juni 2026". */
    String dateRange(ZonedDateTime from, ZonedDateTime to) {
        if (to == null || from.toLocalDate().equals(to.toLocalDate())) {
            return date(from);
        }
        boolean sameMonth = from.getYear() == to.getYear() && from.getMonth() == to.getMonth();
        if (german) {
            return sameMonth ? from.getDayOfMonth() + ".–" + to.getDayOfMonth() + ". " + month(to) + " " + to.getYear()
                    : date(from) + " – " + date(to);
        }
        return sameMonth ? month(from) + " " + ordinal(from.getDayOfMonth()) + " – " + ordinal(to.getDayOfMonth()) + ", " + to.getYear()
                : date(from) + " – " + date(to);
    }

    /** SHORT_DATE_FORMAT: "2026-06-11" / "11.06.2026". */
    String shortDate(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ofPattern(german ? "dd.MM.yyyy" : "yyyy-MM-dd"));
    }

    /** SHORT_DATETIME_FORMAT. */
    String shortDateTime(ZonedDateTime t) {
        return shortDate(t) + " " + time(t);
    }

    /** TIME_FORMAT: "09:00". */
    String time(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    String weekday(ZonedDateTime t) {
        return t.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    /** money_filter: "€249.00" / "249,00 €". */
    String money(BigDecimal amount, String currency) {
        String symbol = currency.equals("EUR") ? "€" : currency + " ";
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        String n = f.format(amount);
        return german ? n + " " + symbol.trim() : symbol + n;
    }

    String country(String code) {
        return (german ? COUNTRIES_DE : COUNTRIES_EN).getOrDefault(code, code);
    }

    /** Picks the active language from an i18n map, falling back to English, then any. */
    String pick(Map<String, String> i18n) {
        String v = i18n.get(language());
        if (v == null || v.isEmpty()) {
            v = i18n.get("en");
        }
        if (v == null) {
            v = i18n.values().stream().findFirst().orElse("");
        }
        return v;
    }

    private String month(ZonedDateTime t) {
        return t.getMonth().getDisplayName(TextStyle.FULL, locale);
    }

    private static String ordinal(int day) {
        String suffix = (day % 100 >= 11 && day % 100 <= 13) ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix;
    }
}
