package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A streaming RFC 4180 reader working on bytes: quoted fields, doubled quotes, CRLF or LF line
 * ends, a UTF-8 byte order mark, the delimiter detected on the header among ',', ';' and tab. It
 * validates UTF-8 as it goes (a bad byte stops the import with its offset and line) and hands each
 * record to {@link LedgerRows} as byte slices of one reusable buffer: no {@code String} per line,
 * memory bounded by the longest record.
 */
final class CsvReader {
  private static final int CHUNK = 1 << 20;
  private static final int MAX_RECORD = 64 << 20;
  private static final int MAX_FIELDS = 4096;
  private static final int NEED_MORE = -1;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH = 0x8080808080808080L;

  private final InputStream in;
  private final String source;
  private final boolean utf8;
  private final Charset charset;
  private final LedgerRows rows;

  private byte[] buf;
  private int limit; // valid bytes in buf
  private boolean eof;
  private long base; // file offset of buf[0]

  private int[] start = new int[64];
  private int[] end = new int[64];
  private int[] flags = new int[64];
  private int fields;
  private int newlines; // line ends inside quoted fields of the current record
  private byte delimiter;
  private long endOffset;
  private long linesRead;

  CsvReader(InputStream in, String source, Charset charset, LedgerRows rows) {
    this(in, source, charset, rows, CHUNK);
  }

  /** With a given initial buffer size (small sizes let tests cross buffer ends everywhere). */
  CsvReader(InputStream in, String source, Charset charset, LedgerRows rows, int bufferSize) {
    this.buf = new byte[bufferSize];
    this.in = in;
    this.source = source;
    this.charset = charset;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.rows = rows;
  }

  /** Reads the whole stream; returns the delimiter found. */
  String read() throws IOException {
    return read(Long.MAX_VALUE);
  }

  /**
   * Reads from the start of a file (byte order mark, blank lines, header), then records until the
   * first one that ends at or beyond file offset {@code stopAt}; returns the delimiter found.
   */
  String read(long stopAt) throws IOException {
    fill();
    int p = 0;
    if (limit >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE)
        || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
      throw new ProblemException(Problem.error("ledger.utf16").at(source, null));
    }
    if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      p = 3;
    }
    if (limit >= 4 && buf[0] == 'P' && buf[1] == 'K' && buf[2] == 3 && buf[3] == 4) {
      throw new ProblemException(Problem.error("ledger.zip_as_csv").at(source, null));
    }
    long line = 1;
    // skip blank lines before the header
    while (true) {
      while (p < limit && (buf[p] == ' ' || buf[p] == '\t')) {
        p++;
      }
      if (p < limit && (buf[p] == '\n' || buf[p] == '\r')) {
        if (buf[p] == '\r' && p + 1 < limit && buf[p + 1] == '\n') {
          p++;
        }
        p++;
        line++;
        continue;
      }
      if (p == limit && !eof) {
        p = compact(p);
        fill();
        continue;
      }
      break;
    }
    if (p >= limit) {
      throw new ProblemException(Problem.error("ledger.empty").at(source, null));
    }
    delimiter = detectDelimiter(p, line);
    rows.decimalComma(delimiter != ',');
    records(p, line, stopAt);
    return delimiter == '\t' ? "\t" : String.valueOf((char) delimiter);
  }

  /**
   * Reads the records of a chunk of a file whose header was bound already: the stream starts at file
   * offset {@code offset}, a record boundary; reading stops after the first record that ends at or
   * beyond {@code stopAt}. Line numbers are counted from 1 at the chunk's start.
   */
  void readChunk(byte knownDelimiter, long offset, long stopAt) throws IOException {
    base = offset;
    delimiter = knownDelimiter;
    fill();
    records(0, 1, stopAt);
  }

  /** File offset where reading stopped: the end of the last record read. */
  long endOffset() {
    return endOffset;
  }

  /** Physical lines read (including the header and blank lines). */
  long linesRead() {
    return linesRead;
  }

  byte delimiter() {
    return delimiter;
  }

  private void records(int recordStart, long line, long stopAt) throws IOException {
    while (true) {
      int next = recordStart >= limit ? NEED_MORE : parseSimpleRecord(recordStart, line);
      if (next == NEED_MORE) {
        if (eof && recordStart >= limit) {
          break;
        }
        if (eof) {
          throw new ProblemException(Problem.error("ledger.unclosed_quote").at(source, (int) Math.min(line, Integer.MAX_VALUE)));
        }
        recordStart = compact(recordStart);
        fill();
        continue;
      }
      if (!rows.headerBound()) {
        List<String> names = new ArrayList<>(fields);
        for (int i = 0; i < fields; i++) {
          names.add(unescape(i));
        }
        rows.header(names, line);
      } else {
        rows.record(buf, start, end, flags, fields, line);
      }
      line += 1 + newlines;
      recordStart = next;
      if (base + next >= stopAt) {
        break;
      }
    }
    endOffset = base + recordStart;
    linesRead = line - 1;
  }

  /**
   * Fast path for the common record: ASCII, no quote. Reads 8 bytes at a time and finds the
   * delimiters and the line end with bit tricks (SWAR); falls back to {@link #parseRecord} as soon as
   * it meets a quote, a non-ASCII byte, a CR not followed by LF or the end of the buffer. Same contract.
   */
  private int parseSimpleRecord(int p0, long line) {
    final byte[] b = buf;
    final long d8 = ONES * (delimiter & 0xFF);
    int p = p0;
    int fs = p0;
    int n = 0;
    while (p + 8 <= limit) {
      long w = (long) LONGS.get(b, p);
      long nl = zeroBytes(w ^ (ONES * '\n')) | zeroBytes(w ^ (ONES * '\r'));
      long special = zeroBytes(w ^ (ONES * '"')) | (w & HIGH);
      long d = zeroBytes(w ^ d8);
      long stop = nl | special;
      if (stop != 0) {
        long first = Long.lowestOneBit(stop);
        if ((special & first) != 0) {
          return parseRecord(p0, line);
        }
        d &= first - 1; // delimiters before the line end
      }
      while (d != 0) {
        int q = p + (Long.numberOfTrailingZeros(d) >>> 3);
        if (n == start.length) {
          return parseRecord(p0, line);
        }
        start[n] = fs;
        end[n] = q;
        flags[n++] = 0;
        fs = q + 1;
        d &= d - 1;
      }
      if (stop != 0) {
        int q = p + (Long.numberOfTrailingZeros(stop) >>> 3);
        if (n == start.length) {
          return parseRecord(p0, line);
        }
        start[n] = fs;
        end[n] = q;
        flags[n++] = 0;
        fields = n;
        newlines = 0;
        if (b[q] == '\r') {
          return q + 1 < limit && b[q + 1] == '\n' ? q + 2 : parseRecord(p0, line);
        }
        return q + 1;
      }
      p += 8;
    }
    return parseRecord(p0, line);
  }

  /** High bit set in each byte of {@code x} that is zero, exactly (no false positives). */
  private static long zeroBytes(long x) {
    long t = (x & LOW7) + LOW7;
    return ~(t | x | LOW7);
  }

  /**
   * Parses one record from {@code p}: fills the field slices and returns the offset after its line
   * end, or {@link #NEED_MORE} when the buffer ends first (nothing is changed, so the caller can
   * refill and parse the record again).
   */
  private int parseRecord(int p, long line) {
    final byte[] b = buf;
    final byte d = delimiter;
    fields = 0;
    newlines = 0;
    while (true) {
      if (fields == start.length) {
        if (fields == MAX_FIELDS) {
          throw new ProblemException(Problem.error("ledger.too_many_fields", MAX_FIELDS).at(source, (int) Math.min(line, Integer.MAX_VALUE)));
        }
        start = Arrays.copyOf(start, fields * 2);
        end = Arrays.copyOf(end, fields * 2);
        flags = Arrays.copyOf(flags, fields * 2);
      }
      int f = fields++;
      int fl = 0;
      if (p < limit && b[p] == '"') {
        fl = LedgerRows.QUOTED;
        int s = ++p;
        while (true) {
          if (p >= limit) {
            return NEED_MORE;
          }
          byte c = b[p];
          if (c == '"') {
            if (p + 1 >= limit && !eof) {
              return NEED_MORE;
            }
            if (p + 1 < limit && b[p + 1] == '"') {
              fl |= LedgerRows.ESCAPED_QUOTES;
              p += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            newlines++;
          } else if (c < 0 && utf8) {
            int n = utf8Sequence(p, line + newlines);
            if (n == NEED_MORE) {
              return NEED_MORE;
            }
            p += n;
            continue;
          }
          p++;
        }
        start[f] = s;
        end[f] = p;
        p++; // closing quote
        if (p < limit && b[p] != d && b[p] != '\n' && b[p] != '\r') {
          fl |= LedgerRows.MALFORMED_QUOTE;
          while (p < limit && b[p] != d && b[p] != '\n' && b[p] != '\r') {
            p++;
          }
        }
      } else {
        int s = p;
        while (p < limit) {
          byte c = b[p];
          if (c == d || c == '\n' || c == '\r') {
            break;
          }
          if (c < 0 && utf8) {
            int n = utf8Sequence(p, line + newlines);
            if (n == NEED_MORE) {
              return NEED_MORE;
            }
            p += n;
          } else {
            p++;
          }
        }
        start[f] = s;
        end[f] = p;
      }
      flags[f] = fl;
      if (p >= limit) {
        return eof ? p : NEED_MORE;
      }
      byte c = b[p];
      if (c == d) {
        p++;
        continue;
      }
      if (c == '\r') {
        if (p + 1 >= limit && !eof) {
          return NEED_MORE;
        }
        return p + 1 < limit && b[p + 1] == '\n' ? p + 2 : p + 1;
      }
      return p + 1; // '\n'
    }
  }

  /**
   * Validates the UTF-8 sequence starting with the non-ASCII byte at {@code p}; returns its length,
   * or {@link #NEED_MORE} when it is cut by the end of the buffer.
   */
  private int utf8Sequence(int p, long line) {
    int lead = buf[p] & 0xFF;
    int n;
    int min2 = 0x80;
    int max2 = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
      if (lead == 0xE0) {
        min2 = 0xA0;
      } else if (lead == 0xED) {
        max2 = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
      if (lead == 0xF0) {
        min2 = 0x90;
      } else if (lead == 0xF4) {
        max2 = 0x8F;
      }
    } else {
      throw badUtf8(p, line);
    }
    if (p + n > limit) {
      if (!eof) {
        return NEED_MORE;
      }
      throw badUtf8(p, line);
    }
    int second = buf[p + 1] & 0xFF;
    if (second < min2 || second > max2) {
      throw badUtf8(p, line);
    }
    for (int i = 2; i < n; i++) {
      if ((buf[p + i] & 0xC0) != 0x80) {
        throw badUtf8(p, line);
      }
    }
    return n;
  }

  private ProblemException badUtf8(int p, long line) {
    return new ProblemException(
        Problem.error("ledger.bad_utf8", String.format("0x%02X", buf[p] & 0xFF), Long.toString(base + p))
            .at(source, (int) Math.min(line, Integer.MAX_VALUE)));
  }

  /** Counts ',', ';' and tab outside quotes on the header line; the most frequent wins. */
  private byte detectDelimiter(int p, long line) throws IOException {
    while (true) {
      int comma = 0;
      int semicolon = 0;
      int tab = 0;
      boolean quoted = false;
      int i = p;
      for (; i < limit; i++) {
        byte c = buf[i];
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted) {
          if (c == '\n' || c == '\r') {
            break;
          } else if (c == ',') {
            comma++;
          } else if (c == ';') {
            semicolon++;
          } else if (c == '\t') {
            tab++;
          }
        }
      }
      if (i == limit && !eof) {
        p = compact(p);
        fill();
        continue;
      }
      if (comma == 0 && semicolon == 0 && tab == 0) {
        String header = new String(buf, p, Math.min(i - p, 80), charset);
        throw new ProblemException(Problem.error("ledger.no_delimiter", header).at(source, (int) Math.min(line, Integer.MAX_VALUE)));
      }
      if (semicolon >= comma && semicolon >= tab) {
        return ';';
      }
      return comma >= tab ? (byte) ',' : (byte) '\t';
    }
  }

  private String unescape(int i) {
    String s = new String(buf, start[i], end[i] - start[i], charset);
    return (flags[i] & LedgerRows.ESCAPED_QUOTES) != 0 ? s.replace("\"\"", "\"") : s;
  }

  /** Moves the bytes from {@code from} to the start of the buffer; returns the new offset (0). */
  private int compact(int from) {
    int remaining = limit - from;
    if (from == 0 && limit == buf.length) {
      if (buf.length >= MAX_RECORD) {
        throw new ProblemException(Problem.error("ledger.line_too_long", MAX_RECORD >> 20, base).at(source, null));
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
      return 0;
    }
    System.arraycopy(buf, from, buf, 0, remaining);
    base += from;
    limit = remaining;
    return 0;
  }

  private void fill() throws IOException {
    while (limit < buf.length && !eof) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
  }
}
