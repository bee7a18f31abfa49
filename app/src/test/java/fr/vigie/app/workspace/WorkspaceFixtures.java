package fr.vigie.app.workspace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Users, workspaces and ledger files for the workspace tests (unique names: the database is shared). */
public final class WorkspaceFixtures {

    /** A three-line ledger: 100 kg cobalt from CD refined in CN, 50 kg tin traced to BO, 20 kg copper. */
    public static final String LEDGER = """
            item,material,mass_kg,origin_country,refiner_country,recycled_share
            pack A,cobalt,100,CD,CN,0.1
            solder,tin,50,BO,MY,
            cable,copper,20,,,
            """;

    private WorkspaceFixtures() {
    }

    /** A new user name with a prefix. */
    public static String newName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a user (global role) and a workspace where they have a role; returns the workspace id. */
    public static long workspaceWithMember(Accounts accounts, Workspaces workspaces, String username, Role global,
            WorkspaceRole role) {
        accounts.create(username, "password-" + username, global);
        String name = newName("Company");
        long id = ((Workspaces.CreateOutcome.Created) workspaces.create(name, "name: \"" + name + "\"\n", "test"))
                .workspace().id();
        workspaces.putMember(id, username, role);
        return id;
    }

    /** A small valid XLSX ledger (the three lines of {@link #LEDGER}). */
    /**
     * Uploads {@link #LEDGER} to a workspace's ledgers page as the given user, and checks that the
     * page answers with its redirection (the import accepted).
     */
    public static void uploadLedger(MockMvc mvc, long workspace, RequestPostProcessor as) throws Exception {
        mvc.perform(MockMvcRequestBuilders.multipart("/workspaces/" + workspace + "/ledgers")
                        .file(new MockMultipartFile("file", "ledger.csv", "text/csv", LEDGER.getBytes(StandardCharsets.UTF_8)))
                        .with(as).with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(MockMvcResultMatchers.status().is3xxRedirection());
    }

    public static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Ledger");
            String[] lines = LEDGER.strip().split("\n");
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        if (r > 0 && cells[c].matches("[0-9.]+")) {
                            row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                        } else {
                            row.createCell(c).setCellValue(cells[c]);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The XLSX with one entry's XML rewritten. */
    public static byte[] rewrite(byte[] xlsx, String entry, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An XLSX whose sheet inflates more than 100 times (a zip bomb for POI's check). */
    public static byte[] zipBomb() throws IOException {
        return rewrite(xlsx(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>", "?>" + " ".repeat(20_000_000)));
    }

    /** An XLSX whose sheet declares nested entities ("billion laughs"). */
    public static byte[] entityExpansion() throws IOException {
        String laughs = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        return rewrite(xlsx(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>", "?>" + laughs));
    }
}
