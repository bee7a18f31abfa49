package fr.vigie.engine.declaration.read;

/**
 * Safety limits applied to every file read.
 *
 * @param maxFileBytes files larger than this are refused before being opened
 * @param maxEntryBytes largest uncompressed zip entry accepted (POI {@code ZipSecureFile})
 * @param minInflateRatio smallest compressed/uncompressed ratio accepted per zip entry (zip bombs
 *     compress far better than real workbooks); POI's default is 0.01
 * @param maxRows rows read per list sheet; the rest is ignored with a finding
 */
public record ReadLimits(long maxFileBytes, long maxEntryBytes, double minInflateRatio, int maxRows) {
  public static final ReadLimits DEFAULT = new ReadLimits(20L << 20, 50L << 20, 0.01, 20_000);

  public ReadLimits {
    if (maxFileBytes <= 0 || maxEntryBytes <= 0 || maxRows <= 0) {
      throw new IllegalArgumentException("read limits must be positive");
    }
    if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
      throw new IllegalArgumentException("minInflateRatio must be in [0, 1)");
    }
  }

  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(bytes, maxEntryBytes, minInflateRatio, maxRows);
  }
}
