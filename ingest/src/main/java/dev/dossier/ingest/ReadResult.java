package dev.dossier.ingest;

import dev.dossier.core.Article;
import dev.dossier.core.Rejection;
import java.util.Objects;

/** What reading one input (a file, a JSONL line, a WARC record) gave: an article or a rejection. */
public sealed interface ReadResult {

  /** An article, cleaned and ready for analysis. */
  record Read(Article article) implements ReadResult {
    public Read {
      Objects.requireNonNull(article, "article");
    }
  }

  /** An input that could not become an article, naming the input and the reason. */
  record Rejected(Rejection rejection) implements ReadResult {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}
