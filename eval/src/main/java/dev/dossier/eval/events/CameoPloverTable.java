package dev.dossier.eval.events;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.EventType;
import dev.dossier.eval.InputLines;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAMEO-to-PLOVER table of the PLOVER manual ({@code CAMEO2PLOVER-2021.txt}): lines {@code
 * CODE: TYPE, mode, context # description}. Read from the path given; used only to type gold
 * CAMEO codes. A code the table lacks takes the type of its longest listed prefix; a code none
 * of whose prefixes is listed has no type.
 */
final class CameoPloverTable {

  private final Map<String, EventType> types;

  private CameoPloverTable(Map<String, EventType> types) {
    this.types = types;
  }

  static CameoPloverTable read(Path file) {
    Map<String, EventType> types = new HashMap<>();
    List<String> lines = InputLines.of(file, null);
    for (String line : lines) {
      String trimmed = line.strip();
      int colon = trimmed.indexOf(':');
      if (trimmed.startsWith("#") || colon < 2 || !trimmed.substring(0, colon).matches("[0-9]{2,4}")) {
        continue;
      }
      String rest = trimmed.substring(colon + 1);
      int hash = rest.indexOf('#');
      String[] fields = (hash >= 0 ? rest.substring(0, hash) : rest).split(",");
      try {
        types.putIfAbsent(trimmed.substring(0, colon), EventType.parse(fields[0]));
      } catch (IllegalArgumentException e) {
        // Not an event type (none is expected in the table): the code stays untyped.
      }
    }
    if (types.isEmpty()) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, file + ": no 'CODE: TYPE' lines; is it CAMEO2PLOVER-2021.txt?");
    }
    return new CameoPloverTable(Map.copyOf(types));
  }

  /** The PLOVER type of a CAMEO code, or {@code null}. */
  EventType type(String code) {
    if (code == null) {
      return null;
    }
    for (int length = code.length(); length >= 2; length--) {
      EventType type = types.get(code.substring(0, length));
      if (type != null) {
        return type;
      }
    }
    return null;
  }
}
