package fr.vigie.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding: a small XLSX whose shared-strings part inflates about 60 times (under the 100:1 zip-bomb
 * ratio, so it passes that check) took the heap by hundreds of megabytes, and six uploaded at once
 * ran the server out of memory. Each test runs six concurrent imports of such a file (630 KB, 40 MB
 * once uncompressed) in a separate JVM with a 320 MB heap that exits on OutOfMemoryError, as a
 * server process would be lost.
 */
class HeavyImportsTests {

    private static final long UNCOMPRESSED = 40L << 20;

    @TempDir
    static Path directory;

    private static Path workbook;

    @BeforeAll
    static void writeWorkbook() throws IOException {
        workbook = directory.resolve("heavy.xlsx");
        writeHeavyWorkbook(workbook, UNCOMPRESSED);
    }

    @Test
    void sixHeavyImportsAtOnceExhaustTheHeapWithoutTheGate() throws Exception {
        Run run = run("ungated");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("OutOfMemoryError").doesNotContain("ALIVE");
    }

    @Test
    void theGateQueuesSixHeavyImportsAndTheProcessSurvives() throws Exception {
        Run run = run("gated");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("OutOfMemoryError").contains("ALIVE");
        // each import ran to its end: the workbook has no ledger header, so each is refused by the reader
        assertThat(run.output().lines().filter(l -> l.startsWith("import: ")))
                .hasSize(6)
                .allSatisfy(line -> assertThat(line).doesNotContain("refused ImportGate"));
    }

    @Test
    void theUncompressedSizeIsCountedByInflatingNotFromTheFileSize() throws IOException {
        long size = Files.size(workbook);

        assertThat(size).isLessThan(UNCOMPRESSED / 50);
        assertThat(ImportGate.uncompressedSize(workbook, Long.MAX_VALUE)).isGreaterThan(UNCOMPRESSED);
        // counting stops just past the limit
        assertThat(ImportGate.uncompressedSize(workbook, 1 << 20)).isBetween((1L << 20) + 1, (1L << 20) + (64 << 10));
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(String mode) throws Exception {
        Path log = directory.resolve(mode + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                HeavyImportsMain.class.getName(), workbook.toString(), mode)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the imports did not end within 5 minutes: " + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    /**
     * A minimal workbook whose one shared string is {@code size} letters: mostly 'A', one letter in 128
     * drawn at random, which deflates about 60:1.
     */
    static void writeHeavyWorkbook(Path file, long size) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Ledger" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                    </Relationships>""");
            entry(zip, "xl/worksheets/sheet1.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>
                    </worksheet>""");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            write(zip, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>""");
            Random random = new Random(1);
            byte[] block = new byte[1 << 16];
            for (long written = 0; written < size; written += block.length) {
                java.util.Arrays.fill(block, (byte) 'A');
                for (int i = 0; i < block.length; i += 128) {
                    block[i] = (byte) ('B' + random.nextInt(16));
                }
                zip.write(block);
            }
            write(zip, "</t></si></sst>");
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
