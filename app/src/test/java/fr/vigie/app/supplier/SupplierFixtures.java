package fr.vigie.app.supplier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import fr.vigie.engine.declaration.generate.TemplateWriter;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.Layouts;
import org.apache.poi.ss.usermodel.Workbook;

/** Declaration files and e-mail parsing for the campaign tests. */
final class SupplierFixtures {

    /** The portal link of an e-mail body. */
    static final Pattern LINK = Pattern.compile("(https?://[^\\s/]+)(/supplier/[A-Za-z0-9_-]{43})");

    private SupplierFixtures() {
    }

    /**
     * A CMRT 6.4 workbook written by the engine's template writer (as {@code bin/vigie declarations
     * generate}); with red flags, the engine's checks report findings on it.
     */
    static byte[] cmrt(long seed, boolean redFlags) throws IOException {
        Declaration d = SampleDeclarations.generate(Layouts.get(Template.CMRT, "6.4"), "6.4", Language.EN, seed, 12, LocalDate.now(),
                redFlags);
        try (Workbook wb = new TemplateWriter(Layouts.get(Template.CMRT, "6.4"), Language.EN).build(d, false);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The path ({@code /supplier/<token>}) of the portal link in an e-mail body. */
    static String portalPath(String body) {
        Matcher m = LINK.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no portal link in: " + body);
        }
        return m.group(2);
    }
}
