package dev.dossier.eval.events;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.eval.InputLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PETRARCH2's unit-test records in the TSV form of {@code ../shared/eval/petrarch2}: a header,
 * then {@code id, date (YYYYMMDD), category, expected events, text}, the expected events being
 * {@code SOURCE|TARGET|CODE} joined by {@code ;}, or {@code NONE} (or nothing) for a sentence with no event.
 * Actor codes {@code None} and {@code ---} stand for no or an unknown actor. Records of the
 * {@code ERROR} category test PETRARCH's handling of bad input and are left out.
 */
final class PetrarchReader {

  private PetrarchReader() {}

  static List<GoldRecord> read(Path file, CameoPloverTable types) {
    List<String> lines = InputLines.of(file, null);
    List<GoldRecord> records = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (n == 0 && line.startsWith("id\t") || line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 5) {
        throw new DossierException(ErrorCode.MALFORMED_JSON, file + ":" + (n + 1) + ": expected 5 tab-separated fields, found " + fields.length);
      }
      if (fields[2].startsWith("ERROR")) {
        continue;
      }
      List<GoldRecord.Triple> triples = new ArrayList<>();
      if (!fields[3].isBlank() && !fields[3].strip().equalsIgnoreCase("NONE")) {
        for (String event : fields[3].split(";")) {
          String[] parts = event.strip().split("\\|");
          if (parts.length != 3) {
            throw new DossierException(ErrorCode.MALFORMED_JSON, file + ":" + (n + 1) + ": expected SOURCE|TARGET|CODE, found '" + event + "'");
          }
          triples.add(new GoldRecord.Triple(actor(parts[0]), actor(parts[1]), types.type(parts[2]), parts[2]));
        }
      }
      String id = fields[0].isBlank() ? "line-" + (n + 1) : fields[0];
      records.add(new GoldRecord(id, fields[4].strip(), PloverReader.date(fields[1]), null, fields[3], triples));
    }
    return records;
  }

  private static GoldRecord.Actor actor(String code) {
    String trimmed = code.strip();
    return trimmed.isEmpty() || trimmed.equalsIgnoreCase("None") || trimmed.equals("---") ? null : new GoldRecord.Actor(null, trimmed);
  }
}
