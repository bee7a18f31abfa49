package fr.vigie.engine.ledger;

/** An open-addressing set of longs (pairs of small ints packed into one long). */
final class LongHashSet {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] slots = newSlots(64);
  private int size;

  /** Adds the value; true when it was not there. {@code Long.MIN_VALUE} is not allowed. */
  boolean add(long v) {
    int mask = slots.length - 1;
    int i = mix(v) & mask;
    while (slots[i] != EMPTY) {
      if (slots[i] == v) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = v;
    if (++size * 2 > slots.length) {
      long[] old = slots;
      slots = newSlots(old.length * 2);
      for (long o : old) {
        if (o != EMPTY) {
          int m = slots.length - 1;
          int j = mix(o) & m;
          while (slots[j] != EMPTY) {
            j = (j + 1) & m;
          }
          slots[j] = o;
        }
      }
    }
    return true;
  }

  int size() {
    return size;
  }

  private static long[] newSlots(int n) {
    long[] s = new long[n];
    java.util.Arrays.fill(s, EMPTY);
    return s;
  }

  private static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
