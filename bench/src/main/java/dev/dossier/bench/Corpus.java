package dev.dossier.bench;

import dev.dossier.core.Article;
import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import dev.dossier.ingest.ArticleStream;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.ingest.Inputs;
import dev.dossier.ingest.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles a benchmark runs on, read with the ingest module exactly as {@code dossier analyze}
 * reads them, and held in memory so that reading and cleaning are not part of the timings.
 *
 * @param articles the first {@code limit} articles the input yields
 * @param rejected inputs ingest rejected on the way, with the reason
 */
record Corpus(List<Article> articles, List<Rejection> rejected) {

  Corpus {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
  }

  /**
   * @throws DossierException {@link ErrorCode#BAD_ARGUMENT} if the input yields no article
   */
  static Corpus read(Path corpus, int limit) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    try (ArticleStream stream = Inputs.open(List.of(corpus.toString()), IngestOptions.NONE)) {
      while (articles.size() < limit && stream.hasNext()) {
        switch (stream.next()) {
          case ReadResult.Read read -> articles.add(read.article());
          case ReadResult.Rejected rejection -> rejected.add(rejection.rejection());
        }
      }
    }
    if (articles.isEmpty()) {
      String why = rejected.isEmpty() ? "it holds no article" : rejected.get(0).message();
      throw new DossierException(ErrorCode.BAD_ARGUMENT, corpus + ": nothing to benchmark: " + why);
    }
    return new Corpus(articles, rejected);
  }
}
