package fr.vigie.engine.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds hostile workbooks in tests (no binary is committed). */
public final class XlsxBombs {
  private XlsxBombs() {}

  /** A real workbook with one sheet "Achats" of a header and {@code rows} text and number rows. */
  public static Path workbook(Path file, int rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet s = wb.createSheet("Achats");
      s.createRow(0).createCell(0).setCellValue("supplier");
      s.getRow(0).createCell(1).setCellValue("quantity");
      for (int r = 1; r <= rows; r++) {
        s.createRow(r).createCell(0).setCellValue("Fournisseur " + r);
        s.getRow(r).createCell(1).setCellValue(r * 1.5);
      }
      wb.createSheet("Notes");
      wb.write(out);
    }
    return file;
  }

  /**
   * A copy of a real workbook whose {@code xl/sharedStrings.xml} inflates to {@code chunks} MiB of
   * well-formed string items while compressing only about 80 times (above POI's 1% inflate-ratio
   * limit, so only a bound on the uncompressed size stops it): 1024 chunks give a file of about 13
   * MB whose shared strings inflate to 1 GiB. The deflate stream is made of one compressed chunk
   * repeated (each compressed after a full flush, so the copies chain), so building it costs
   * megabytes, not the gigabyte.
   */
  public static Path sharedStringsBomb(Path file, int chunks) throws IOException {
    Path plain = workbook(file.resolveSibling(file.getFileName() + ".plain.xlsx"), 3);
    byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 20);
    Random random = new Random(42);
    String filler = "Fournisseur ".repeat(25);
    while (chunk.size() < (1 << 20)) {
      String item = "<si><t>" + filler + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
          + "</t></si>";
      chunk.writeBytes(item.getBytes(StandardCharsets.UTF_8));
    }
    byte[] plainChunk = chunk.toByteArray();
    byte[] deflatedHead = deflateFlushed(head);
    byte[] deflatedChunk = deflateFlushed(plainChunk);
    Deflater end = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    end.finish();
    byte[] endBuf = new byte[64];
    int endLen = end.deflate(endBuf);
    end.end();

    CRC32 crc = new CRC32();
    crc.update(head);
    for (int i = 0; i < chunks; i++) {
      crc.update(plainChunk);
    }
    long size = head.length + (long) plainChunk.length * chunks;
    long compressed = deflatedHead.length + (long) deflatedChunk.length * chunks + endLen;

    try (ZipFile in = ZipFile.builder().setPath(plain).get();
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
      for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
        if (e.getName().equals("xl/sharedStrings.xml")) {
          continue;
        }
        try (InputStream raw = in.getRawInputStream(e)) {
          out.addRawArchiveEntry(e, raw);
        }
      }
      ZipArchiveEntry sst = new ZipArchiveEntry("xl/sharedStrings.xml");
      sst.setMethod(ZipEntry.DEFLATED);
      sst.setCrc(crc.getValue());
      sst.setSize(size);
      sst.setCompressedSize(compressed);
      ByteArrayOutputStream raw = new ByteArrayOutputStream((int) compressed);
      raw.writeBytes(deflatedHead);
      for (int i = 0; i < chunks; i++) {
        raw.writeBytes(deflatedChunk);
      }
      raw.write(endBuf, 0, endLen);
      out.addRawArchiveEntry(sst, new java.io.ByteArrayInputStream(raw.toByteArray()));
    }
    Files.delete(plain);
    return file;
  }

  /** Raw deflate of {@code data} ending with a full flush: byte-aligned, no final block. */
  private static byte[] deflateFlushed(byte[] data) {
    Deflater d = new Deflater(6, true);
    d.setInput(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 << 10];
    int n;
    do {
      n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
      out.write(buf, 0, n);
    } while (n == buf.length || !d.needsInput());
    d.end();
    return out.toByteArray();
  }
}
