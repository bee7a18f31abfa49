package fr.vigie.engine.kernel;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Why a file could not be read, as a coded {@link Text} of the {@code kernel} bundle rendered in the
 * reader's language ({@code kernel.io.<reason>}): not found, access denied, not a file, not valid
 * UTF-8 text (at line N when the file can be read again to find it), or another input/output error.
 * The JDK's exception text (English, platform-dependent) is only logged, never shown: problems such
 * as {@code io.unreadable} take this text as their argument.
 */
public final class FileReason {
  private static final System.Logger LOG = System.getLogger(FileReason.class.getName());

  private FileReason() {}

  /** The reason for {@code e}, raised while reading {@code file}. */
  public static Text of(Path file, IOException e) {
    LOG.log(Level.DEBUG, () -> "cannot read " + file + ": " + e, e);
    return reason(file, e);
  }

  /** The reason for {@code e}, when there is no file to look at again (a stream, a resource). */
  public static Text of(IOException e) {
    return of(null, e);
  }

  /**
   * A file whose {@code format} (XML, JSON...) cannot be parsed, at {@code line} when the parser
   * says (0 or less: unknown); the parser's own text is logged.
   */
  public static Text syntax(String format, int line, Exception e) {
    LOG.log(Level.DEBUG, () -> "cannot parse " + format + ": " + e, e);
    return line > 0 ? Text.of("kernel.io.bad_syntax_at_line", format, line) : Text.of("kernel.io.bad_syntax", format);
  }

  /** A workbook or archive a library could not open (damaged or not what it claims); its text is logged. */
  public static Text damaged(Exception e) {
    LOG.log(Level.DEBUG, () -> "damaged file: " + e, e);
    return Text.of("kernel.io.damaged");
  }

  private static Text reason(Path file, IOException e) {
    return switch (e) {
      case NoSuchFileException n -> Text.of("kernel.io.not_found");
      case AccessDeniedException a -> Text.of("kernel.io.access_denied");
      case NotDirectoryException n -> Text.of("kernel.io.not_a_file");
      case CharacterCodingException c -> malformed(file);
      case ClosedByInterruptException c -> Text.of("kernel.io.interrupted");
      case FileSystemException f when file != null && Files.isDirectory(file) -> Text.of("kernel.io.not_a_file");
      case FileSystemException f when file != null && !Files.exists(file) -> Text.of("kernel.io.not_found");
      default -> file != null && Files.isDirectory(file) ? Text.of("kernel.io.not_a_file") : Text.of("kernel.io.failed");
    };
  }

  /** Not valid UTF-8: the line of the first bad byte when the file can be read again. */
  private static Text malformed(Path file) {
    if (file == null) {
      return Text.of("kernel.io.malformed");
    }
    try {
      return lineOfFirstBadByte(Files.readAllBytes(file))
          .map(line -> Text.of("kernel.io.malformed_at_line", line))
          .orElse(Text.of("kernel.io.malformed"));
    } catch (IOException | OutOfMemoryError again) {
      return Text.of("kernel.io.malformed");
    }
  }

  /** The 1-based line of the first byte sequence that is not UTF-8, if any. */
  static java.util.Optional<Integer> lineOfFirstBadByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
          if (bytes[i] == '\n') {
            line++;
          }
        }
        return java.util.Optional.of(line);
      }
      if (r.isUnderflow()) {
        return java.util.Optional.empty();
      }
      out.clear();
    }
  }
}
