package fr.vigie.app.grievance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.vigie.engine.kernel.Problem;
import org.springframework.web.multipart.MultipartFile;

/**
 * The named policy that checks an intake form: a category of the fixed list, a description of 1 to
 * {@value #DESCRIPTION_MAX} characters, the optional short fields within their lengths, no contact when
 * anonymous, and at most {@code maxAttachments} attachments of at most {@code maxSize} bytes each, of a
 * type recognised by its first bytes: PDF, PNG, JPEG, or UTF-8 plain text. Every problem names its field.
 */
final class GrievanceForm {

    static final int DESCRIPTION_MAX = 10_000;
    static final int MESSAGE_MAX = 5_000;

    private GrievanceForm() {
    }

    /** The fields as posted. */
    record Fields(String category, String country, String site, String mineral, String supplier, String occurred,
            String description, boolean anonymous, String contact) {
    }

    /** The outcome of the checks. */
    sealed interface Checked {
        record Valid(Grievances.Report report, List<Grievances.Attachment> attachments) implements Checked {
        }

        record Invalid(List<Problem> problems) implements Checked {
        }
    }

    static Checked check(Fields f, List<MultipartFile> files, long maxSize, int maxAttachments) throws IOException {
        List<Problem> problems = new ArrayList<>();
        GrievanceCategory category = GrievanceCategory.of(clean(f.category())).orElse(null);
        if (category == null) {
            problems.add(Problem.error("grievance-category").atPath("category"));
        }
        String description = clean(f.description());
        if (description.isEmpty() || description.length() > DESCRIPTION_MAX) {
            problems.add(Problem.error("grievance-description", DESCRIPTION_MAX).atPath("description"));
        }
        String country = optional(f.country(), "country", 80, problems);
        String site = optional(f.site(), "site", 200, problems);
        String mineral = optional(f.mineral(), "mineral", 80, problems);
        String supplier = optional(f.supplier(), "supplier", 200, problems);
        String occurred = optional(f.occurred(), "occurred", 100, problems);
        String contact = optional(f.contact(), "contact", 500, problems);
        if (f.anonymous()) {
            contact = null; // an anonymous report keeps no contact, whatever was typed
        }
        List<Grievances.Attachment> attachments = new ArrayList<>();
        List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(m -> !m.isEmpty()).toList();
        if (sent.size() > maxAttachments) {
            problems.add(Problem.error("grievance-attachments", maxAttachments).atPath("attachments"));
        } else {
            for (MultipartFile file : sent) {
                String name = fileName(file.getOriginalFilename());
                if (file.getSize() > maxSize) {
                    problems.add(Problem.error("grievance-attachment-size", name, maxSize / (1024 * 1024))
                            .atPath("attachments"));
                    continue;
                }
                byte[] bytes;
                try (InputStream in = file.getInputStream()) {
                    bytes = in.readNBytes((int) maxSize + 1);
                }
                String type = type(bytes);
                if (bytes.length > maxSize) {
                    problems.add(Problem.error("grievance-attachment-size", name, maxSize / (1024 * 1024))
                            .atPath("attachments"));
                } else if (type == null) {
                    problems.add(Problem.error("grievance-attachment-type", name).atPath("attachments"));
                } else {
                    attachments.add(new Grievances.Attachment(name, type, bytes));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Checked.Invalid(problems);
        }
        return new Checked.Valid(new Grievances.Report(category, country, site, mineral, supplier, occurred,
                description, f.anonymous(), contact), attachments);
    }

    /** A message of 1 to {@value #MESSAGE_MAX} characters, or the problem. */
    static Problem checkMessage(String body) {
        String clean = clean(body);
        return clean.isEmpty() || clean.length() > MESSAGE_MAX
                ? Problem.error("grievance-message", MESSAGE_MAX).atPath("message") : null;
    }

    /** The media type recognised from the first bytes, null when not an accepted one. */
    static String type(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length > 0 && utf8Text(b)) {
            return "text/plain";
        }
        return null;
    }

    private static boolean utf8Text(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String optional(String value, String field, int max, List<Problem> problems) {
        String clean = clean(value);
        if (clean.length() > max) {
            problems.add(Problem.error("grievance-too-long", max).atPath(field));
        }
        return clean.isEmpty() ? null : clean;
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    static String lower(String value) {
        return clean(value).toLowerCase(Locale.ROOT);
    }
}
