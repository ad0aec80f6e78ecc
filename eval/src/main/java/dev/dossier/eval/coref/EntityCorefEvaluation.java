package dev.dossier.eval.coref;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Span;
import dev.dossier.core.Token;
import dev.dossier.nlp.NlpPipeline;
import dev.dossier.resolve.InMemoryEntityMemory;
import dev.dossier.resolve.Resolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cross-document entity coreference on ECB+ ({@code dossier eval entities --ecb DIR}): Dossier's
 * resolution, as the product runs it, beside a same-string baseline, scored with MUC, B³, CEAF-e
 * and the CoNLL F1.
 *
 * <p>Each document's text is its tokens joined by spaces, one sentence a line, with no date. The
 * standard pipeline analyses every document; the documents are then resolved one after another,
 * in corpus order, through one in-memory corpus (the incremental path {@code analyze} and {@code
 * ingest} take), with the bundled knowledge base. A gold mention takes the resolved entity of the
 * Dossier mention that overlaps it most; a gold mention Dossier did not recognise is a singleton.
 *
 * <p>The key is every gold human-participant and location mention in a {@code CROSS_DOC_COREF}
 * chain (mentions in no chain were not annotated for coreference), clustered by chain. Two mention
 * sets are scored: <b>named</b>, the mentions headed by a proper noun ({@link #isNamed}), which is
 * what Dossier resolves, and <b>all</b>, which adds pronouns and common nouns Dossier does not
 * resolve. The baseline clusters the same mentions by their lower-cased text.
 */
public final class EntityCorefEvaluation {

  private EntityCorefEvaluation() {}

  /** One gold mention, placed in the analysed document. */
  record Placed(String document, EcbDocument.Mention gold, Span span, boolean named, String resolved, String dossierText) {}

  /**
   * Runs the evaluation.
   *
   * @param folder the ECB+ XML folder
   * @param limit at most this many documents, 0 for all
   * @throws DossierException if the folder holds no ECB+ XML
   */
  public static EntityCorefReport run(Path folder, int limit) {
    List<EcbDocument> documents = EcbReader.readAll(folder);
    if (limit > 0 && documents.size() > limit) {
      documents = documents.subList(0, limit);
    }
    long started = System.nanoTime();
    List<Doc> analysed = analyse(documents);
    InMemoryEntityMemory memory = new InMemoryEntityMemory();
    Resolver resolver = Resolver.standard();
    List<Placed> placed = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      Doc doc = resolver.link(analysed.get(d), memory);
      placed.addAll(place(documents.get(d), doc));
    }
    long elapsed = System.nanoTime() - started;
    return EntityCorefReport.of(folder, documents.size(), placed, elapsed);
  }

  private static List<Doc> analyse(List<EcbDocument> documents) {
    Pipeline pipeline = NlpPipeline.standard();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Doc>> futures = new ArrayList<>();
      for (EcbDocument document : documents) {
        futures.add(workers.submit(() -> pipeline.process(article(document))));
      }
      List<Doc> docs = new ArrayList<>();
      for (Future<Doc> future : futures) {
        docs.add(future.get());
      }
      return docs;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing ECB+ documents", e);
    } catch (ExecutionException e) {
      throw new DossierException(ErrorCode.ARTICLE_FAILED, "analysing an ECB+ document failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  static String text(EcbDocument document) {
    StringBuilder text = new StringBuilder();
    for (List<String> sentence : document.sentences()) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(String.join(" ", sentence));
    }
    return text.toString();
  }

  private static Article article(EcbDocument document) {
    return new Article(document.name(), null, "", null, null, text(document), List.of(), document.name(), document.name());
  }

  /** The character span of each token, by sentence. */
  private static List<List<Span>> tokenSpans(EcbDocument document) {
    List<List<Span>> spans = new ArrayList<>();
    int at = 0;
    for (List<String> sentence : document.sentences()) {
      List<Span> row = new ArrayList<>();
      for (String token : sentence) {
        row.add(new Span(at, at + token.length()));
        at += token.length() + 1;
      }
      spans.add(row);
      if (sentence.isEmpty()) {
        at += 1;
      }
    }
    return spans;
  }

  private static List<Placed> place(EcbDocument document, Doc doc) {
    List<List<Span>> spans = tokenSpans(document);
    Map<String, String> resolvedByLocal = new HashMap<>();
    for (EntityLink link : doc.get(Layers.LINKS)) {
      if (!link.method().equals("deleted")) {
        resolvedByLocal.put(link.entityId(), link.resolvedId());
      }
    }
    Map<Mention, String> mentionEntity = new LinkedHashMap<>();
    for (Entity entity : doc.get(Layers.ENTITIES)) {
      for (Mention mention : entity.mentions()) {
        mentionEntity.put(mention, resolvedByLocal.get(entity.id()));
      }
    }
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Placed> placed = new ArrayList<>();
    for (EcbDocument.Mention gold : document.mentions()) {
      if (gold.chain() == null) {
        continue;
      }
      Span span = new Span(spans.get(gold.sentence()).get(gold.firstToken()).start(), spans.get(gold.sentence()).get(gold.endToken() - 1).end());
      boolean named = isNamed(gold, tokens, span);
      Mention best = null;
      int bestOverlap = 0;
      for (Mention mention : mentionEntity.keySet()) {
        int overlap = Math.min(span.end(), mention.span().end()) - Math.max(span.start(), mention.span().start());
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = mention;
        }
      }
      String resolved = best == null ? null : mentionEntity.get(best);
      placed.add(new Placed(document.name(), gold, span, named, resolved, best == null ? null : best.text()));
    }
    return placed;
  }

  /** Words that end a mention's head phrase: what follows them modifies it ("the Center in Rancho Mirage"). */
  private static final java.util.Set<String> HEAD_ENDERS = java.util.Set.of("in", "of", "at", "from", "on", "near", ",", "(", "-", "who", "which", "that");

  /**
   * True if the mention is a name, as ACE's NAM mentions are: its head (the last word before a
   * preposition, comma or relative pronoun that starts a modifier) is a proper noun (NNP or NNPS
   * by CoreNLP's tagger). "Oklahoma man" is a nominal mention, "Betty Ford Center in Rancho
   * Mirage" a named one.
   */
  static boolean isNamed(EcbDocument.Mention gold, List<Token> tokens, Span span) {
    List<Token> inside = tokens.stream().filter(t -> span.contains(t.span())).toList();
    Token head = null;
    for (Token token : inside) {
      if (head != null && HEAD_ENDERS.contains(token.word().toLowerCase(Locale.ROOT))) {
        break;
      }
      if (!token.word().equals("'s") && !token.word().equals("'")) {
        head = token;
      }
    }
    return head != null && head.pos() != null && head.pos().startsWith("NNP");
  }

  /** Writes every placed named mention as TSV, for error analysis by hand. */
  static void dump(Path folder, Path out) throws java.io.IOException {
    List<EcbDocument> documents = EcbReader.readAll(folder);
    List<Doc> analysed = analyse(documents);
    InMemoryEntityMemory memory = new InMemoryEntityMemory();
    Resolver resolver = Resolver.standard();
    StringBuilder tsv = new StringBuilder();
    for (int d = 0; d < documents.size(); d++) {
      Doc doc = resolver.link(analysed.get(d), memory);
      for (Placed p : place(documents.get(d), doc)) {
        tsv.append(p.document()).append('\t').append(p.gold().text()).append('\t').append(p.gold().chain()).append('\t').append(p.named())
            .append('\t').append(p.resolved()).append('\t').append(p.dossierText()).append('\n');
      }
    }
    java.nio.file.Files.writeString(out, tsv);
  }

  /** The same-string baseline's cluster for a mention: its lower-cased text. */
  static String sameString(Placed mention) {
    return mention.gold().text().toLowerCase(Locale.ROOT);
  }
}
