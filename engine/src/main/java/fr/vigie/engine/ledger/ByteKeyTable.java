package fr.vigie.engine.ledger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An open-addressing hash table from byte strings to ints, so that a cell's bytes can be looked up
 * without creating a {@code String} per line. Keys are copied into one growing byte arena.
 */
final class ByteKeyTable {
  /** Returned by {@link #get} for a key never put. */
  static final int ABSENT = Integer.MIN_VALUE;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] arena = new byte[1024];
  private int arenaLength;
  private int[] slots = new int[64]; // entry index + 1; 0 is empty
  private int[] keyOffset = new int[32];
  private int[] keyLength = new int[32];
  private int[] hashes = new int[32];
  private int[] values = new int[32];
  private int size;

  int size() {
    return size;
  }

  int get(byte[] b, int off, int len) {
    int h = hash(b, off, len);
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int e = slots[i];
      if (e == 0) {
        return ABSENT;
      }
      e--;
      if (hashes[e] == h && keyLength[e] == len && same(arena, keyOffset[e], b, off, len)) {
        return values[e];
      }
    }
  }

  /** A copy of the key of the {@code entry}-th key put (entries are numbered from 0). */
  byte[] key(int entry) {
    return Arrays.copyOfRange(arena, keyOffset[entry], keyOffset[entry] + keyLength[entry]);
  }

  /** Adds a key that is not in the table yet. */
  void put(byte[] b, int off, int len, int value) {
    if (size == keyOffset.length) {
      int n = size * 2;
      keyOffset = Arrays.copyOf(keyOffset, n);
      keyLength = Arrays.copyOf(keyLength, n);
      hashes = Arrays.copyOf(hashes, n);
      values = Arrays.copyOf(values, n);
    }
    if (arenaLength + len > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaLength + len));
    }
    System.arraycopy(b, off, arena, arenaLength, len);
    int e = size++;
    keyOffset[e] = arenaLength;
    keyLength[e] = len;
    hashes[e] = hash(b, off, len);
    values[e] = value;
    arenaLength += len;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    } else {
      insert(e);
    }
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int e = 0; e < size; e++) {
      insert(e);
    }
  }

  private void insert(int e) {
    int mask = slots.length - 1;
    int i = hashes[e] & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = e + 1;
  }

  /** Compares 8 bytes at a time (the keys are short: codes, names). */
  private static boolean same(byte[] a, int ao, byte[] b, int bo, int len) {
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      if ((long) LONGS.get(a, ao + i) != (long) LONGS.get(b, bo + i)) {
        return false;
      }
    }
    return i == len || word(a, ao + i, len - i) == word(b, bo + i, len - i);
  }

  /** Hashes 8 bytes at a time, the tail as one masked word. */
  private static int hash(byte[] b, int off, int len) {
    long h = len;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      h = (h ^ (long) LONGS.get(b, off + i)) * 0x9E3779B97F4A7C15L;
    }
    if (i < len) {
      h = (h ^ word(b, off + i, len - i)) * 0x9E3779B97F4A7C15L;
    }
    return (int) (h ^ (h >>> 29) ^ (h >>> 47));
  }

  /**
   * The {@code n} (1 to 7) bytes at {@code off} as a little-endian long: one 8-byte read masked
   * when the array has room for it, else byte by byte (same value either way).
   */
  private static long word(byte[] b, int off, int n) {
    if (off + 8 <= b.length) {
      return (long) LONGS.get(b, off) & ((1L << (n << 3)) - 1);
    }
    long w = 0;
    for (int k = 0; k < n; k++) {
      w |= (b[off + k] & 0xFFL) << (k << 3);
    }
    return w;
  }
}
