package dev.dossier.nlp;

import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The last word of an English name decides what it names: "Clinton Campaign", "Trump
 * Organization" and "Moscow City Council" are organisations, whatever the person or place at their
 * start made the CRF say. Only multi-word names change; a word such as "Bank" that also ends place
 * names ("West Bank") is not on the list.
 */
final class HeadNouns {

  private static final Set<String> ORGANIZATION_HEADS =
      Set.of(
          "campaign", "committee", "foundation", "administration", "department", "agency", "office", "company", "corporation", "corp",
          "inc", "ltd", "llc", "group", "party", "university", "council", "commission", "ministry", "institute", "association",
          "organization", "organisation", "fund", "bureau", "court", "parliament", "assembly", "board", "authority", "network",
          "federation", "union", "directorate", "service", "services", "police", "army", "navy", "command", "caucus", "tribunal");

  private HeadNouns() {}

  static List<Mention> retype(List<Mention> mentions) {
    List<Mention> result = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      result.add(mention.type() != EntityType.ORGANIZATION && isOrganizationName(mention.text())
          ? new Mention(mention.span(), mention.text(), EntityType.ORGANIZATION)
          : mention);
    }
    return result;
  }

  static boolean isOrganizationName(String text) {
    String[] words = Names.clean(text).split("\\s+");
    if (words.length < 2) {
      return false;
    }
    String head = words[words.length - 1].replace(".", "").toLowerCase(Locale.ROOT);
    return ORGANIZATION_HEADS.contains(head);
  }
}
