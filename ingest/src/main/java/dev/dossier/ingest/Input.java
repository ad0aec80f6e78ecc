package dev.dossier.ingest;

import dev.dossier.core.Rejection;
import java.nio.file.Path;

/** One thing to read, as found when the stream was opened. */
sealed interface Input {

  /** The name used in origins and messages. */
  String name();

  /** Its size in bytes, or 0 if unknown. */
  long size();

  /** A file whose name announced its format. */
  record File(Path path, String name, Format format, long size) implements Input {}

  /** Standard input, whose format is sniffed. */
  record Stdin() implements Input {
    static final String NAME = "<stdin>";

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public long size() {
      return 0;
    }
  }

  /** A path that could not be read at all: it comes out as its rejection. */
  record Failed(Rejection rejection) implements Input {
    @Override
    public String name() {
      return rejection.input();
    }

    @Override
    public long size() {
      return 0;
    }
  }
}
