package dev.dossier.nlp.events;

import dev.dossier.core.EventType;
import java.util.HashMap;
import java.util.Map;

/**
 * CAMEO event codes, their PLOVER types and modes, and how a frame verb changes the code of the
 * action it governs ("agreed to <i>withdraw</i>", "threatened to <i>cut off</i> aid").
 *
 * <p>The types follow the CAMEO-to-PLOVER table of the PLOVER manual (draft 0.8, 2021), written
 * here from the CAMEO codebook's categories (Schrodt, CAMEO 1.1b3, 2012) with one deliberate
 * difference: imposing sanctions, an embargo or a boycott (163) is {@link EventType#SANCTION}, as
 * analysts call it, where the table files it under {@link EventType#COERCE}. CAMEO's public
 * statements (01) have no PLOVER type; of them only the denial of responsibility (016) is coded,
 * as {@link EventType#REJECT}.
 *
 * <p>The frame rules are CAMEO's own: an intent to cooperate is "express intent to" (03), an intent
 * to harm is a threat (13), a refusal to cooperate a rejection (12), a demand for cooperation a
 * demand (10). Stateless and thread-safe.
 */
final class Cameo {

  /** A code's PLOVER type and mode. */
  record Coding(EventType type, String mode) {}

  private static final Map<String, Coding> CODES = new HashMap<>();

  static {
    root("02", EventType.REQUEST, null);
    put(EventType.REQUEST, "assist", "021", "0211", "0212", "0213", "0214", "022", "023", "0231", "0232", "0233", "0234");
    put(EventType.REQUEST, "change", "024", "0241", "0242", "0243", "0244");
    put(EventType.REQUEST, "yield", "025", "0251", "0252", "0253", "0254", "0255", "0256");
    put(EventType.REQUEST, "meet", "026", "027", "028");
    root("03", EventType.AGREE, null);
    root("04", EventType.CONSULT, null);
    put(EventType.CONSULT, "phone", "041");
    put(EventType.CONSULT, "visit", "042");
    put(EventType.CONSULT, "host", "043");
    put(EventType.CONSULT, "third-party", "044");
    put(EventType.CONSULT, "mediate", "045");
    put(EventType.CONSULT, "negotiate", "046");
    root("05", EventType.SUPPORT, null);
    root("06", EventType.COOPERATE, null);
    root("07", EventType.AID, null);
    put(EventType.AID, "asylum", "075");
    root("08", EventType.CONCEDE, null);
    put(EventType.RETREAT, null, "084", "0813", "0814");
    put(EventType.RETREAT, "release", "0841");
    put(EventType.RETREAT, "return", "0842");
    put(EventType.RETREAT, "ease", "085");
    put(EventType.RETREAT, "access", "086", "0861", "0862", "0863");
    put(EventType.RETREAT, "disarm", "087", "0873", "0874");
    put(EventType.RETREAT, "ceasefire", "0871");
    put(EventType.RETREAT, "withdraw", "0872");
    root("09", EventType.ACCUSE, "investigate");
    root("10", EventType.REQUEST, null);
    put(EventType.REQUEST, "assist", "101", "1011", "1012", "1013", "1014", "102", "103", "1031", "1032", "1033", "1034");
    put(EventType.REQUEST, "change", "104", "1041", "1042", "1043", "1044", "105");
    put(EventType.REQUEST, "yield", "1051", "1052", "1053", "1054", "1055", "1056");
    put(EventType.REQUEST, "meet", "106", "107", "108");
    root("11", EventType.ACCUSE, "disapprove");
    put(EventType.ACCUSE, "allege", "1121", "1122", "1123", "1124", "1125", "114", "115");
    root("12", EventType.REJECT, null);
    put(EventType.REJECT, "assist", "121", "1211", "1212", "1213", "1214", "122", "1221", "1222", "1223", "1224");
    put(EventType.REJECT, "change", "123", "1231", "1232", "1233", "1234", "124", "1241", "1242");
    put(EventType.REJECT, "yield", "1243", "1244", "1245", "1246", "128", "129");
    put(EventType.REJECT, "meet", "125", "126", "127");
    put(EventType.REJECT, "deny", "016");
    root("13", EventType.THREATEN, null);
    put(EventType.THREATEN, "relations", "1311", "1313", "133", "134", "135", "139");
    put(EventType.THREATEN, "restrict", "1312", "1323", "1324", "1381");
    put(EventType.THREATEN, "ban", "132", "1322");
    put(EventType.THREATEN, "expel", "136");
    put(EventType.THREATEN, "violence", "137", "138", "1383", "1384", "1385");
    put(EventType.THREATEN, "territory", "1382");
    root("14", EventType.PROTEST, null);
    put(EventType.PROTEST, "demo", "141", "1411", "1412", "1413", "1414");
    put(EventType.PROTEST, "hunger", "142", "1421", "1422", "1423", "1424");
    put(EventType.PROTEST, "boycott", "143", "1431", "1432", "1433", "1434");
    put(EventType.PROTEST, "obstruct", "144", "1441", "1442", "1443", "1444");
    put(EventType.PROTEST, "riot", "145", "1451", "1452", "1453", "1454");
    root("15", EventType.MOBILIZE, null);
    put(EventType.MOBILIZE, "police", "151", "153");
    put(EventType.MOBILIZE, "troops", "152", "154");
    put(EventType.MOBILIZE, "cyber", "155");
    root("16", EventType.SANCTION, null);
    put(EventType.SANCTION, "withdraw", "161", "164", "165");
    put(EventType.SANCTION, "discontinue", "162", "1621", "1622", "1623");
    put(EventType.SANCTION, "restrict", "163");
    put(EventType.SANCTION, "expel", "166", "1661", "1662", "1663");
    root("17", EventType.COERCE, null);
    put(EventType.COERCE, "seize", "171", "1711");
    put(EventType.ASSAULT, "destroy", "1712");
    put(EventType.COERCE, "restrict", "172", "1721");
    put(EventType.COERCE, "ban", "1722");
    put(EventType.COERCE, "curfew", "1723");
    put(EventType.COERCE, "martial-law", "1724");
    put(EventType.COERCE, "arrest", "173");
    put(EventType.COERCE, "deport", "174");
    put(EventType.ASSAULT, "repress", "175");
    put(EventType.COERCE, "cyber", "176");
    root("18", EventType.ASSAULT, null);
    put(EventType.ASSAULT, "abduct", "181", "184");
    put(EventType.ASSAULT, "beat", "182", "1823");
    put(EventType.ASSAULT, "sexual", "1821");
    put(EventType.ASSAULT, "torture", "1822");
    put(EventType.ASSAULT, "suicide-attack", "183", "1831");
    put(EventType.ASSAULT, "explosives", "1832", "1833");
    put(EventType.ASSAULT, "assassinate", "185", "186");
    root("19", EventType.ASSAULT, null);
    put(EventType.COERCE, "restrict", "191");
    put(EventType.COERCE, "occupy", "192");
    put(EventType.ASSAULT, "firearms", "193");
    put(EventType.ASSAULT, "heavy-weapons", "194", "195");
    put(EventType.ASSAULT, "ceasefire-violation", "196");
    root("20", EventType.ASSAULT, "massacre");
    put(EventType.ASSAULT, "cleansing", "201", "203");
    put(EventType.ASSAULT, "unconventional", "204", "2041", "2042");
  }

  private Cameo() {}

  private static void root(String root, EventType type, String mode) {
    CODES.put(root, new Coding(type, mode));
  }

  private static void put(EventType type, String mode, String... codes) {
    for (String code : codes) {
      CODES.put(code, new Coding(type, mode));
    }
  }

  /** The PLOVER type and mode of a code, by its longest known prefix; {@code null} for codes with no PLOVER type (public statements). */
  static Coding coding(String code) {
    for (int length = code.length(); length >= 2; length--) {
      Coding coding = CODES.get(code.substring(0, length));
      if (coding != null) {
        return coding;
      }
    }
    return null;
  }

  static String root(String code) {
    return code.substring(0, 2);
  }

  /** True for the codes of cooperation (02 to 09): what an intent makes an AGREE and a refusal a REJECT. */
  static boolean isCooperative(String code) {
    int root = Integer.parseInt(root(code));
    return root >= 3 && root <= 8;
  }

  /** True for the codes of material conflict (14 to 20): what an intent makes a threat. */
  static boolean isConflict(String code) {
    return Integer.parseInt(root(code)) >= 14;
  }

  /** True for verbal codes whose frame keeps them as they are (investigate, demand, disapprove, reject, threaten). */
  static boolean isVerbal(String code) {
    int root = Integer.parseInt(root(code));
    return root == 1 || root == 2 || root >= 9 && root <= 13;
  }

  /** "Agreed to", "will", "is ready to", "offered to" + an action: CAMEO 03 for cooperation, 13 for harm. */
  static String intent(String code) {
    if (isConflict(code)) {
      return threat(code);
    }
    if (!isCooperative(code)) {
      return code;
    }
    return switch (root(code)) {
      case "03" -> code;
      case "04" -> "036";
      case "05" -> "032";
      case "06" -> code.length() == 3 && !code.equals("060") ? "031" + code.charAt(2) : "031";
      case "07" -> code.length() == 3 && code.charAt(2) >= '1' && code.charAt(2) <= '4' ? "033" + code.charAt(2) : "033";
      default -> easing(code, "035");
    };
  }

  /** "Threatened to" + an action (or "will" + a harmful one): CAMEO 13, by what is threatened. */
  static String threat(String code) {
    return switch (root(code)) {
      case "13" -> code;
      case "16" -> switch (code) {
        case "162", "1621", "1622", "1623" -> "1311";
        case "163" -> "1312";
        case "161" -> "1313";
        case "164" -> "134";
        case "165" -> "135";
        case "166", "1661", "1662", "1663" -> "136";
        default -> "131";
      };
      case "17" -> switch (code) {
        case "1721" -> "1321";
        case "1722" -> "1322";
        case "1723" -> "1323";
        case "1724" -> "1324";
        case "174" -> "136";
        case "175" -> "137";
        default -> "132";
      };
      case "14" -> "133";
      case "15" -> "138";
      case "18" -> "1383";
      case "19" -> switch (code) {
        case "191" -> "1381";
        case "192" -> "1382";
        default -> "1384";
      };
      case "20" -> "1385";
      default -> "130";
    };
  }

  /** "Refused to", "will not" + cooperation: CAMEO 12, by what is refused. */
  static String refusal(String code) {
    if (!isCooperative(code)) {
      return isVerbal(code) && root(code).equals("12") ? code : "120";
    }
    return switch (root(code)) {
      case "04" -> "125";
      case "05", "03" -> "120";
      case "06" -> code.length() == 3 && !code.equals("060") && code.charAt(2) <= '4' ? "121" + code.charAt(2) : "121";
      case "07" -> code.length() == 3 && code.charAt(2) >= '1' && code.charAt(2) <= '4' ? "122" + code.charAt(2) : "122";
      default -> easing(code, "124");
    };
  }

  /** "Demanded that", "urged to", "called for" + an action: CAMEO 10, by what is demanded. */
  static String demand(String code) {
    if (!isCooperative(code)) {
      return root(code).equals("10") || root(code).equals("02") ? code : "100";
    }
    return switch (root(code)) {
      case "04" -> "106";
      case "05" -> "102";
      case "06" -> code.length() == 3 && !code.equals("060") && code.charAt(2) <= '4' ? "101" + code.charAt(2) : "101";
      case "07" -> code.length() == 3 && code.charAt(2) >= '1' && code.charAt(2) <= '4' ? "103" + code.charAt(2) : "103";
      case "03" -> "100";
      default -> easing(code, "105");
    };
  }

  /**
   * A yielding code (08) under a frame whose family is {@code family} (035 intent, 105 demand, 124
   * refusal): the sub-code keeps what is yielded (release, sanctions, access, de-escalation).
   */
  private static String easing(String code, String family) {
    String digit = switch (code.length() >= 3 ? code.substring(0, 3) : code) {
      case "081" -> "1";
      case "082" -> "2";
      case "084" -> "3";
      case "085" -> "4";
      case "086" -> "5";
      case "087" -> "6";
      default -> "";
    };
    return digit.isEmpty() ? family : family + digit;
  }

  /**
   * "Halted", "suspended", "cancelled", "cut off" + an action: cooperation is reduced (16), conflict
   * de-escalated (08), or {@code null} if stopping it is no event of its own.
   */
  static String stop(String code) {
    switch (root(code)) {
      case "04":
        return code.equals("045") ? "165" : code.equals("046") ? "164" : "160";
      case "03", "05":
        return code.equals("054") ? "161" : "160";
      case "06":
        return "160";
      case "07":
        return code.length() == 3 && code.charAt(2) >= '1' && code.charAt(2) <= '3' ? "162" + code.charAt(2) : "162";
      case "16":
        return "085";
      case "17":
        return code.equals("1723") ? "0813" : code.equals("1724") ? "0814" : "081";
      case "14":
        return "080";
      case "18", "19", "20":
        return code.equals("191") ? "0872" : "087";
      default:
        return null;
    }
  }

  /** "Lifted", "eased", "relaxed" + a restriction: the yielding code (08), or {@code null}. */
  static String ease(String code) {
    return switch (root(code)) {
      case "16", "17", "19" -> stop(code);
      default -> null;
    };
  }

  /** "Attempted to" + an action: an attempted assassination is 185; other attempts keep their code. */
  static String attempt(String code) {
    return code.equals("186") ? "185" : code;
  }
}
