package fr.vigie.engine.declaration.generate;

import fr.vigie.engine.declaration.Answer;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.ResponseRate;
import fr.vigie.engine.declaration.Scope;
import fr.vigie.engine.mineral.MineralId;
import java.util.Map;

/**
 * Languages in which generated workbooks are written: the template labels (cached values of the
 * formulas into the hidden translation sheet) and the answers. The column of each language in the
 * generated translation sheet "L" is {@link #column()}.
 */
public enum Language {
  EN("B"),
  FR("C"),
  ZH("D");

  private final String column;

  Language(String column) {
    this.column = column;
  }

  /** Column of this language in the translation sheet. */
  public String column() {
    return column;
  }

  private String pick(String en, String fr, String zh) {
    return switch (this) {
      case EN -> en;
      case FR -> fr;
      case ZH -> zh;
    };
  }

  public String answer(Answer a) {
    return switch (a) {
      case YES -> pick("Yes", "Oui", "是");
      case NO -> pick("No", "Non", "否");
      case UNKNOWN -> pick("Unknown", "Inconnu", "未知");
      case NOT_DECLARING -> pick("Not declaring", "Ne déclare pas", "未申报");
      case NOT_APPLICABLE -> pick("Not applicable for this declaration", "Sans objet", "不适用");
      case BLANK -> "";
      case UNRECOGNISED -> "???";
    };
  }

  public String rate(ResponseRate r) {
    return switch (r) {
      case ALL_100 -> "100%";
      case GREATER_THAN_90 -> pick("Greater than 90%", "Plus de 90 %", "大于90%");
      case GREATER_THAN_75 -> pick("Greater than 75%", "Plus de 75 %", "大于75%");
      case GREATER_THAN_50 -> pick("Greater than 50%", "Plus de 50 %", "大于50%");
      case FIFTY_OR_LESS -> pick("50% or less", "50 % ou moins", "50%或更少");
      case NONE -> pick("None", "Aucun", "无");
      case UNKNOWN -> pick("Unknown", "Inconnu", "未知");
      case DID_NOT_SURVEY -> pick("Did not survey", "Pas d'enquête", "未调查");
      case BLANK -> "";
      case UNRECOGNISED -> "???";
    };
  }

  public String scope(Scope s) {
    return switch (s) {
      case COMPANY -> pick("A. Company", "A. Entreprise", "A. 公司");
      case PRODUCT -> pick("B. Product (or List of Products)", "B. Produit (ou liste de produits)", "B. 产品（或产品清单）");
      case USER_DEFINED -> pick("C. User defined [Specify in 'Description of scope']",
          "C. Défini par l'utilisateur [préciser dans « Description du périmètre »]", "C. 用户自定义 [在“范围描述”中说明]");
      case BLANK -> "";
      case UNRECOGNISED -> "Z. ???";
    };
  }

  public String lookup(LookupKind k, String smelterName) {
    return switch (k) {
      case LISTED -> smelterName;
      case NOT_LISTED -> pick("Smelter not listed", "Fonderie non répertoriée", "冶炼厂未列出");
      case NOT_YET_IDENTIFIED -> pick("Smelter not yet identified", "Fonderie pas encore identifiée", "冶炼厂尚未识别");
      case BLANK -> "";
    };
  }

  private static final Map<String, String[]> METALS = Map.ofEntries(
      Map.entry("tantalum", new String[] {"Tantalum", "Tantale", "钽"}),
      Map.entry("tin", new String[] {"Tin", "Étain", "锡"}),
      Map.entry("gold", new String[] {"Gold", "Or", "金"}),
      Map.entry("tungsten", new String[] {"Tungsten", "Tungstène", "钨"}),
      Map.entry("cobalt", new String[] {"Cobalt", "Cobalt", "钴"}),
      Map.entry("mica", new String[] {"Mica", "Mica", "云母"}),
      Map.entry("copper", new String[] {"Copper", "Cuivre", "铜"}),
      Map.entry("natural_graphite", new String[] {"Graphite", "Graphite", "石墨"}),
      Map.entry("lithium", new String[] {"Lithium", "Lithium", "锂"}),
      Map.entry("nickel", new String[] {"Nickel", "Nickel", "镍"}),
      Map.entry("aluminium", new String[] {"Aluminum", "Aluminium", "铝"}),
      Map.entry("silver", new String[] {"Silver", "Argent", "银"}),
      Map.entry("zinc", new String[] {"Zinc", "Zinc", "锌"}),
      Map.entry("platinum", new String[] {"Platinum", "Platine", "铂"}),
      Map.entry("palladium", new String[] {"Palladium", "Palladium", "钯"}),
      Map.entry("manganese", new String[] {"Manganese", "Manganèse", "锰"}),
      Map.entry("rare_earths", new String[] {"Rare Earth Elements", "Terres rares", "稀土"}));

  /** Metal name as the template's dropdown shows it in this language. */
  public String metal(MineralId m) {
    String[] names = METALS.get(m.value());
    return names == null ? m.value() : names[ordinal()];
  }

  public String title(fr.vigie.engine.declaration.Template t) {
    return switch (t) {
      case CMRT -> pick("Conflict Minerals Reporting Template (CMRT)", "Modèle de déclaration des minerais de conflit (CMRT)",
          "冲突矿产报告模板 (CMRT)");
      case EMRT -> pick("Extended Minerals Reporting Template (EMRT)", "Modèle étendu de déclaration des minerais (EMRT)",
          "扩展矿产报告模板 (EMRT)");
      case AMRT -> pick("Additional Minerals Reporting Template (AMRT)", "Modèle de déclaration de minerais additionnels (AMRT)",
          "附加矿产报告模板 (AMRT)");
      case CRT -> pick("Cobalt Reporting Template (CRT)", "Modèle de déclaration du cobalt (CRT)", "钴报告模板 (CRT)");
    };
  }

  public String label(String en, String fr, String zh) {
    return pick(en, fr, zh);
  }
}
