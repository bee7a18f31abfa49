package fr.vigie.engine.declaration.read;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.io.Xlsx;
import fr.vigie.engine.kernel.ProblemException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * Opens an Excel file safely and keeps only the cells of the requested sheets.
 *
 * <p>{@code .xlsx} files are read as a stream by the engine's one Excel reader ({@link Xlsx}:
 * hardened SAX, one zip-bomb policy, every part bounded by {@link ReadLimits#maxEntryBytes()});
 * {@code .xls}
 * files go through POI's HSSF. Formula cells give their cached value: nothing is recalculated.
 * Every failure becomes an {@link UnreadableFileException} with a rule id and a message.
 */
final class WorkbookLoader {
  private final ReadLimits limits;

  public WorkbookLoader(ReadLimits limits) {
    this.limits = limits;
  }

  /** A request key that stands for the workbook's first sheet, whatever its name. */
  static final String FIRST_SHEET = "\u0000first";

  /** What to keep of a sheet: its first {@code columns} columns and first {@code rows} rows. */
  public record SheetRequest(int columns, int rows) {}

  /** Loads the requested sheets (by name); cells outside each request are skipped. */
  public WorkbookData load(Path file, Map<String, SheetRequest> columnsBySheet) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UnreadableFileException("file-unreadable",
          DeclarationReader.text("file-unreadable", FileReason.of(file, e)), e);
    }
    if (size > limits.maxFileBytes()) {
      throw new UnreadableFileException("file-too-large",
          DeclarationReader.text("file-too-large", size / 1048576.0, limits.maxFileBytes() / 1048576.0));
    }
    if (size == 0) {
      throw new UnreadableFileException("not-excel", DeclarationReader.text("not-excel.empty"));
    }
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw notExcel(e);
    }
    return switch (magic) {
      case OOXML -> loadXlsx(file, columnsBySheet);
      case OLE2 -> loadOle2(file, columnsBySheet);
      default -> throw notExcel(null);
    };
  }

  private static UnreadableFileException notExcel(Throwable cause) {
    return new UnreadableFileException("not-excel", DeclarationReader.text("not-excel"), cause);
  }

  private WorkbookData loadXlsx(Path file, Map<String, SheetRequest> wanted) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (Xlsx.Workbook workbook = Xlsx.open(file, source, Xlsx.Limits.everyPart(limits.maxEntryBytes()))) {
      SharedStrings strings = SharedStrings.of(workbook.sharedStrings());
      DateStyles styles = DateStyles.NONE;
      Optional<InputStream> stylesPart = workbook.keptPart(XSSFRelation.STYLES.getRelation());
      if (stylesPart.isPresent()) {
        try (InputStream in = stylesPart.get()) {
          styles = DateStyles.parse(in);
        }
      }
      List<String> names = new ArrayList<>();
      Map<String, Grid> grids = new HashMap<>();
      for (Xlsx.SheetRef sheet : workbook.sheets()) {
        String name = sheet.name();
        names.add(name);
        SheetRequest req = wanted.get(names.size() == 1 && wanted.containsKey(FIRST_SHEET) ? FIRST_SHEET : name);
        if (req == null || sheet.relationId() == null) {
          continue;
        }
        Grid g = new Grid(name);
        try {
          if (!workbook.streamSheet(sheet, new SheetHandler(g, req.columns(), req.rows(), strings, styles))) {
            throw new UnreadableFileException("file-corrupt", DeclarationReader.text("file-corrupt.no-content", name));
          }
        } catch (SheetHandler.Stop stop) {
          // row limit reached: the rest of the sheet is ignored
        }
        grids.put(name, g);
      }
      return new WorkbookData(names, grids);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (ProblemException e) {
      throw unreadable(e);
    } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
      throw new UnreadableFileException("file-corrupt",
          DeclarationReader.text("file-corrupt.xml",
              FileReason.syntax("XML", e instanceof org.xml.sax.SAXParseException x ? x.getLineNumber() : 0, e)), e);
    } catch (IOException | RuntimeException e) {
      throw classify(e);
    }
  }

  /** The rule a problem of the Excel reader maps to: a size refusal is a zip bomb. */
  private static UnreadableFileException unreadable(ProblemException e) {
    String code = e.first().code();
    if (code.equals("xlsx.zip_bomb") || code.equals("xlsx.part_too_large")) {
      return new UnreadableFileException("zip-bomb", DeclarationReader.text("zip-bomb"), e);
    }
    if (code.equals("xlsx.unreadable")) {
      return notExcel(e);
    }
    return new UnreadableFileException("file-corrupt", DeclarationReader.text("file-corrupt.xml", e.first().text()), e);
  }

  private static boolean isZipBomb(Throwable e) {
    return Xlsx.isZipBomb(e);
  }

  /** Zip bombs and oversize entries surface as exceptions from POI with a telling message. */
  private static UnreadableFileException classify(Exception e) {
    if (isZipBomb(e)) {
      return new UnreadableFileException("zip-bomb", DeclarationReader.text("zip-bomb"), e);
    }
    return new UnreadableFileException("file-corrupt",
        DeclarationReader.text("file-corrupt.damaged", FileReason.damaged(e)), e);
  }

  private WorkbookData loadOle2(Path file, Map<String, SheetRequest> wanted) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
        throw encrypted(null);
      }
      if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
          && !fs.getRoot().hasEntry("Book")) {
        throw notExcel(null);
      }
      try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
        List<String> names = new ArrayList<>();
        Map<String, Grid> grids = new HashMap<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
          Sheet s = wb.getSheetAt(i);
          names.add(s.getSheetName());
          SheetRequest req = wanted.get(i == 0 && wanted.containsKey(FIRST_SHEET) ? FIRST_SHEET : s.getSheetName());
          if (req != null) {
            grids.put(s.getSheetName(), toGrid(s, req));
          }
        }
        return new WorkbookData(names, grids);
      }
    } catch (EncryptedDocumentException e) {
      throw encrypted(e);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw classify(e);
    }
  }

  private static UnreadableFileException encrypted(Throwable cause) {
    return new UnreadableFileException("file-encrypted", DeclarationReader.text("file-encrypted"), cause);
  }

  private static Grid toGrid(Sheet s, SheetRequest req) {
    Grid g = new Grid(s.getSheetName());
    int max = req.rows();
    int cols = req.columns();
    for (Row r : s) {
      if (r.getRowNum() + 1 > max) {
        break;
      }
      for (org.apache.poi.ss.usermodel.Cell c : r) {
        if (c.getColumnIndex() >= cols) {
          continue;
        }
        boolean formula = c.getCellType() == CellType.FORMULA;
        CellType t = formula ? c.getCachedFormulaResultType() : c.getCellType();
        Cell v = switch (t) {
          case STRING -> Cell.text(c.getStringCellValue(), formula);
          case NUMERIC -> Cell.number(c.getNumericCellValue(), DateUtil.isCellDateFormatted(c), formula);
          case BOOLEAN -> new Cell(Cell.Kind.BOOLEAN, Boolean.toString(c.getBooleanCellValue()), 0, formula);
          case ERROR -> new Cell(Cell.Kind.ERROR, "#ERROR", 0, formula);
          default -> null;
        };
        if (v != null) {
          g.put(r.getRowNum() + 1, c.getColumnIndex(), v);
        }
      }
    }
    return g;
  }
}
