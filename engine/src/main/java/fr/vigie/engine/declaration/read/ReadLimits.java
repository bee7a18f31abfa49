package fr.vigie.engine.declaration.read;

/**
 * Safety limits applied to every file read.
 *
 * @param maxFileBytes files larger than this are refused before being opened
 * @param maxEntryBytes largest uncompressed part of an {@code .xlsx} read (counted while reading;
 *     the inflate-ratio and absolute limits are the Excel reader's one policy, {@link
 *     fr.vigie.engine.io.Xlsx})
 * @param maxRows rows read per list sheet; the rest is ignored with a finding
 */
public record ReadLimits(long maxFileBytes, long maxEntryBytes, int maxRows) {
  public static final ReadLimits DEFAULT = new ReadLimits(20L << 20, 50L << 20, 20_000);

  public ReadLimits {
    if (maxFileBytes <= 0 || maxEntryBytes <= 0 || maxRows <= 0) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }

  public ReadLimits withMaxRows(int rows) {
    return new ReadLimits(maxFileBytes, maxEntryBytes, rows);
  }

  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(bytes, maxEntryBytes, maxRows);
  }
}
