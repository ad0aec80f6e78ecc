package dev.dossier.eval.events;

import java.nio.file.Path;

/**
 * What {@code dossier eval events} measures.
 *
 * @param plover PLOVER gold-standard records (JSONL), or {@code null}
 * @param petrarch PETRARCH2 unit-test records (TSV), or {@code null}
 * @param dictionaries the folder of PETRARCH's validation dictionaries ({@code PETR.Validate.actors.txt},
 *     {@code PETR.Validate.agents.txt}), used only to code Dossier's actors for the PETRARCH records;
 *     {@code null} for {@code dictionaries/} beside the PETRARCH file
 * @param cameoPlover the CAMEO-to-PLOVER table ({@code CAMEO2PLOVER-2021.txt}) that types the
 *     PETRARCH records' CAMEO codes; {@code null} for {@code ../plover/} beside the PETRARCH file's folder
 * @param limit only the first this many records of each file, 0 for all
 */
public record EventOptions(Path plover, Path petrarch, Path dictionaries, Path cameoPlover, int limit) {

  public EventOptions {
    if (plover == null && petrarch == null) {
      throw new IllegalArgumentException("give --plover FILE, --petrarch FILE or both");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
  }
}
