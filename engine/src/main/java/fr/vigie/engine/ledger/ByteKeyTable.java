package fr.vigie.engine.ledger;

import java.util.Arrays;

/**
 * An open-addressing hash table from byte strings to ints, so that a cell's bytes can be looked up
 * without creating a {@code String} per line. Keys are copied into one growing byte arena.
 */
final class ByteKeyTable {
  /** Returned by {@link #get} for a key never put. */
  static final int ABSENT = Integer.MIN_VALUE;

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
      if (hashes[e] == h
          && keyLength[e] == len
          && Arrays.equals(arena, keyOffset[e], keyOffset[e] + len, b, off, off + len)) {
        return values[e];
      }
    }
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

  private static int hash(byte[] b, int off, int len) {
    int h = len;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }
}
