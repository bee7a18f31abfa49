package fr.vigie.app.shell;

import java.util.regex.Pattern;

/**
 * Text that users supply (workspace names, file names, company names read from supplier files),
 * made safe to show: control characters (NUL, line breaks, escape...) and the Unicode bidirectional
 * controls (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C) are removed. A right-to-left
 * override (U+202E) would otherwise make {@code invoice\u202Efdp.exe} read as {@code invoiceexe.pdf}.
 * Ordinary right-to-left text (Arabic, Hebrew) is kept: only the invisible controls go.
 */
public final class UserText {

    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    private UserText() {
    }

    /** The text without control and bidirectional control characters. */
    public static String displayable(String text) {
        return UNSAFE.matcher(text).replaceAll("");
    }

    /** Whether the text has a control or bidirectional control character. */
    public static boolean hasUnsafe(String text) {
        return UNSAFE.matcher(text).find();
    }
}
