package dev.dossier.eval.events;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates event extraction on PLOVER gold-standard records and on PETRARCH2's unit-test records:
 * {@code dossier eval events --plover FILE --petrarch FILE [--limit N] [--format json]}.
 *
 * <p>Each record's sentence goes through Dossier's standard pipeline alone; {@link PloverScorer}
 * and {@link PetrarchScorer} state how Dossier's events are matched with the gold ones. The gold
 * files are read from where they lie and never copied; PETRARCH's validation dictionaries code
 * Dossier's actors for the PETRARCH records only, as PETRARCH itself codes them, and are not part
 * of Dossier's pipeline.
 */
public final class EventEvaluation {

  private EventEvaluation() {}

  /**
   * @throws DossierException if a file is missing or malformed ({@link ErrorCode#INPUT_NOT_FOUND},
   *     {@link ErrorCode#MALFORMED_JSON}, {@link ErrorCode#UNREADABLE_INPUT}), holds no record
   *     ({@link ErrorCode#BAD_ARGUMENT}), or a model cannot be loaded ({@link ErrorCode#NO_MODELS})
   */
  public static EventReport run(EventOptions options) {
    DossierEvents dossier = new DossierEvents();
    long loadStart = System.nanoTime();
    dossier.load();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    PloverResult plover = null;
    PetrarchResult petrarch = null;
    long start = System.nanoTime();
    int sentences = 0;
    if (options.plover() != null) {
      List<GoldRecord> records = limit(PloverReader.read(options.plover()), options.limit(), options.plover());
      PloverScorer scorer = new PloverScorer();
      for (GoldRecord record : records) {
        scorer.add(record, record.text(), dossier.events(record));
      }
      sentences += records.size();
      plover = scorer.result();
    }
    if (options.petrarch() != null) {
      Path folder = options.petrarch().toAbsolutePath().getParent();
      Path dictionaries = options.dictionaries() != null ? options.dictionaries() : folder.resolve("dictionaries");
      Path table = options.cameoPlover() != null ? options.cameoPlover() : folder.resolveSibling("plover").resolve("CAMEO2PLOVER-2021.txt");
      if (!Files.isRegularFile(table)) {
        throw new DossierException(ErrorCode.INPUT_NOT_FOUND, table + ": no CAMEO-to-PLOVER table there; give it with --cameo-plover FILE");
      }
      CameoPloverTable types = CameoPloverTable.read(table);
      ActorDictionary actors = ActorDictionary.read(dictionaries);
      List<GoldRecord> records = limit(PetrarchReader.read(options.petrarch(), types), options.limit(), options.petrarch());
      PetrarchScorer scorer = new PetrarchScorer(actors, types);
      for (GoldRecord record : records) {
        List<Event> events = dossier.events(record);
        scorer.add(record, record.text(), events);
      }
      sentences += records.size();
      petrarch = scorer.result();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new EventReport(
        options.plover() == null ? null : options.plover().toString(),
        options.petrarch() == null ? null : options.petrarch().toString(),
        LocalDate.now(ZoneOffset.UTC).toString(),
        dossier.description(),
        loadSeconds,
        seconds,
        sentences,
        plover,
        petrarch,
        notes());
  }

  private static List<GoldRecord> limit(List<GoldRecord> records, int limit, Path file) {
    if (records.isEmpty()) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, file + ": no records to evaluate");
    }
    return limit > 0 && limit < records.size() ? new ArrayList<>(records.subList(0, limit)) : records;
  }

  private static List<String> notes() {
    return List.of(
        "Each record's sentence is analysed alone by the standard pipeline, published on the record's date.",
        "PLOVER: the records' 2016 types are read as PLOVER 2021 types (DEMAND as REQUEST, DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as ASSAULT). "
            + "Dossier's answer is the main event of the sentence (the one its parse puts highest). Type accuracy: main event's type = gold type, over all records. "
            + "Triples: the main event's (source, target, type) against the gold triples (each source with each target; SRC/TAR compounds act on each other); "
            + "actors match when they share a content word or Dossier's actor is of the country whose ISO alpha-3 code the gold actor carries; one to one.",
        "PETRARCH: every event Dossier finds counts. Gold CAMEO codes are typed by the CAMEO-to-PLOVER table given; codes it does not know "
            + "(the unit tests' made-up ones) are left out of the type scores. Dossier's actors are coded with PETRARCH's validation dictionaries "
            + "(longest actor phrase in the actor's words, plus an agent word's code); a predicted actor matches a gold code that contains its actor code; "
            + "a missing or unknown gold actor ('None', '---') matches anything, and a predicted actor that is missing or cannot be coded only such a one.");
  }
}
