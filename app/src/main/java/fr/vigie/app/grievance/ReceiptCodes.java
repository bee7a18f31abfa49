package fr.vigie.app.grievance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes: 160 random bits from {@link SecureRandom}, written as 32 Crockford base-32 characters
 * in 8 groups of 4 (easy to copy by hand: no I, L, O or U). Only their SHA-256 is stored, so that the
 * database alone never opens a case; a code is read case-insensitively, with or without dashes or spaces.
 */
final class ReceiptCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int CHARACTERS = 32; // 32 x 5 bits = 160 bits
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    /** A new receipt code, e.g. {@code 7K2M-...} (8 groups of 4). */
    static String generate() {
        byte[] bytes = new byte[CHARACTERS * 5 / 8];
        RANDOM.nextBytes(bytes);
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (out.length() % 5 == 4) {
                    out.append('-');
                }
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }

    /** The canonical form of a typed code (32 characters of the alphabet), empty when it is not one. */
    static Optional<String> canonical(String typed) {
        String clean = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (clean.length() != CHARACTERS || !clean.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(clean);
    }

    /** The stored form of a code: the SHA-256 (hex) of its canonical form. */
    static Optional<String> hash(String typed) {
        return canonical(typed).map(ReceiptCodes::sha256);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
