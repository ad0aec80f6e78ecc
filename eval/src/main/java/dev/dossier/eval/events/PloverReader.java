package dev.dossier.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.EventType;
import dev.dossier.eval.JsonLines;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PLOVER gold-standard records in the JSONL form of {@code ../shared/eval/plover}: one
 * record a line with {@code id}, {@code event} (the type), {@code text}, {@code date}, {@code
 * source} and {@code target} (lists of {@code {"actorText", "code"}}, or an empty string) and
 * {@code textInfo.markup}. The documentation record ({@code event: DOCUMENT}) is skipped.
 *
 * <p>The records' types are PLOVER's of 2016; {@link EventType#parse} reads them as the 2021 types
 * Dossier codes ({@code DEMAND} as REQUEST, {@code DISAPPROVE} and {@code INVESTIGATE} as ACCUSE,
 * {@code FIGHT} as ASSAULT). The gold triples are each source with each target; a record without
 * a target whose several sources are marked {@code SRC/TAR} ("Jordan and Britain have agreed")
 * codes each source acting on each of the others, as CAMEO codes compound actors.
 */
final class PloverReader {

  private PloverReader() {}

  /**
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} if the file is missing, {@link
   *     ErrorCode#MALFORMED_JSON} naming the file and line if a line is no such record, or {@link
   *     ErrorCode#UNREADABLE_INPUT} if it cannot be read
   */
  static List<GoldRecord> read(Path file) {
    return JsonLines.read(file, "PLOVER record", (node, line) -> {
      String event = node.path("event").asText("");
      if (event.equals("DOCUMENT") || !node.hasNonNull("text")) {
        return null;
      }
      return record(node, EventType.parse(event));
    });
  }

  private static GoldRecord record(JsonNode node, EventType type) {
    List<GoldRecord.Actor> sources = actors(node.path("source"));
    List<GoldRecord.Actor> targets = actors(node.path("target"));
    String markup = node.path("textInfo").path("markup").asText("");
    List<GoldRecord.Triple> triples = new ArrayList<>();
    if (targets.isEmpty() && sources.size() > 1 && markup.contains("SRC/TAR")) {
      for (GoldRecord.Actor a : sources) {
        for (GoldRecord.Actor b : sources) {
          if (a != b) {
            triples.add(new GoldRecord.Triple(a, b, type, null));
          }
        }
      }
    } else {
      for (GoldRecord.Actor source : sources.isEmpty() ? java.util.Collections.<GoldRecord.Actor>singletonList(null) : sources) {
        for (GoldRecord.Actor target : targets.isEmpty() ? java.util.Collections.<GoldRecord.Actor>singletonList(null) : targets) {
          triples.add(new GoldRecord.Triple(source, target, type, null));
        }
      }
    }
    return new GoldRecord(node.path("id").asText(), node.path("text").asText().strip(), date(node.path("date").asText(null)), type, node.path("event").asText(), triples);
  }

  private static List<GoldRecord.Actor> actors(JsonNode node) {
    List<GoldRecord.Actor> actors = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode actor : node) {
        String text = actor.path("actorText").asText("").strip();
        if (!text.isEmpty()) {
          actors.add(new GoldRecord.Actor(text, actor.path("code").asText(null)));
        }
      }
    }
    return actors;
  }

  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return text.length() == 8 && text.chars().allMatch(Character::isDigit)
          ? LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(6)))
          : LocalDate.parse(text);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
