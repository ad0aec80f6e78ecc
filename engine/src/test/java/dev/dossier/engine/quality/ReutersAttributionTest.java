package dev.dossier.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Rejection;
import dev.dossier.core.Span;
import dev.dossier.engine.Analyzer;
import dev.dossier.engine.DocJson;
import dev.dossier.engine.Engine;
import dev.dossier.engine.Recycler;
import dev.dossier.engine.Recycling;
import dev.dossier.engine.SharedReuters;
import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.Thesaurus;
import dev.dossier.ingest.IngestOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conflicting attributions on Reuters-21578 newswire: an article re-issued unchanged credits its
 * quotes as before (no conflict), and a copy that credits a quote to another person is caught.
 * Skips when {@code ../shared} (research-only, not part of the project) is absent.
 */
class ReutersAttributionTest {

  private static final int ARTICLES = 500;
  private static final int CASES = 3;

  private static Map<String, Doc> analyse(Path input) {
    Map<String, Doc> docs = new LinkedHashMap<>();
    Engine.analyze(List.of(input.toString()), IngestOptions.NONE, Analyzer.standard(), new Analyzer.Sink() {
      @Override
      public void accept(Doc doc) {
        docs.put(doc.id(), doc);
      }

      @Override
      public void reject(Rejection rejection) {}
    });
    return docs;
  }

  private static final TermReader READER = new TermReader(Thesaurus.wordNet());

  /**
   * A direct or partial quote of more content words than the least compared, credited to an entity
   * the article names, and named where it is credited: a speaker phrase that is a mention of the
   * entity, not a description resolved to it ("the company"), which the misattributed copy below
   * would leave as it is.
   */
  private static Optional<Quote> namedQuote(Doc doc) {
    for (Quote quote : Recycler.resolvedQuotes(doc)) {
      int terms = quote.parts().stream().mapToInt(part -> READER.terms(doc.text(), part).size()).sum();
      if (quote.kind() != QuoteKind.REPORTED && quote.speaker() != null && quote.speaker().entity() != null
          && terms >= ConflictingAttributions.MIN_TERMS + 1 && namedAt(doc, quote.speaker().entity(), quote.speaker().span())) {
        return Optional.of(quote);
      }
    }
    return Optional.empty();
  }

  private static boolean namedAt(Doc doc, String entity, Span span) {
    return EntityLinks.resolved(doc).stream().filter(e -> e.id().equals(entity)).flatMap(e -> e.mentions().stream())
        .anyMatch(m -> m.span().start() < span.end() && span.start() < m.span().end());
  }

  @Test
  void analyzeAll_reissuedAndMisattributedCopies_onlyTheMisattributedConflict(@TempDir Path dir) throws IOException {
    Optional<Path> corpus = SharedReuters.file();
    Assumptions.assumeTrue(corpus.isPresent(), SharedReuters.SKIPPED);
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus.get(), StandardCharsets.UTF_8)) {
      String line;
      while (lines.size() < ARTICLES && (line = reader.readLine()) != null) {
        lines.add(line);
      }
    }
    Map<String, Doc> docs = analyse(Files.write(dir.resolve("reuters.jsonl"), lines, StandardCharsets.UTF_8));

    // The person most often named across these articles stands in for the misattributed speaker.
    Map<String, Integer> people = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Doc doc : docs.values()) {
      for (Entity entity : EntityLinks.resolved(doc)) {
        if (entity.type() == EntityType.PERSON && entity.name().contains(" ")) {
          people.merge(entity.id(), entity.mentions().size(), Integer::sum);
          names.putIfAbsent(entity.id(), entity.name());
        }
      }
    }
    List<String> cases = new ArrayList<>();
    List<String> input = new ArrayList<>();
    for (Doc doc : docs.values()) {
      Optional<Quote> quote = namedQuote(doc);
      if (quote.isEmpty() || cases.size() == CASES) {
        continue;
      }
      String speaker = quote.get().speaker().entity();
      String stranger = people.entrySet().stream().filter(e -> !e.getKey().equals(speaker)).max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
      StringBuilder misattributed = new StringBuilder(doc.text());
      List<Mention> mentions = EntityLinks.resolved(doc).stream().filter(e -> e.id().equals(speaker)).flatMap(e -> e.mentions().stream())
          .sorted(Comparator.comparing(Mention::span).reversed()).toList();
      for (Mention mention : mentions) {
        misattributed.replace(mention.span().start(), mention.span().end(), names.get(stranger));
      }
      String title = doc.article().title();
      String body = doc.text().startsWith(title) ? doc.text().substring(title.length()).strip() : doc.text();
      String spun = misattributed.toString();
      spun = spun.startsWith(title) ? spun.substring(title.length()).strip() : spun;
      input.add(article(doc.id(), title, "1987-03-01", body));
      input.add(article("reissue-" + doc.id(), title, "1987-03-02", body));
      input.add(article("misattributed-" + doc.id(), title, "1987-03-03", spun));
      cases.add(doc.id());
    }
    assertThat(cases).as("Reuters articles quoting a named speaker").isNotEmpty();

    Map<String, Recycling> found = new LinkedHashMap<>();
    Engine.analyzeAll(List.of(Files.write(dir.resolve("copies.jsonl"), input, StandardCharsets.UTF_8).toString()), IngestOptions.NONE, Analyzer.standard(),
        new Engine.RecyclingSink() {
          @Override
          public void accept(Doc doc, Recycling recycling) {
            found.put(doc.id(), recycling);
          }

          @Override
          public void reject(Rejection rejection) {
            throw new AssertionError(rejection.message());
          }
        });

    for (String id : cases) {
      assertThat(found.get("reissue-" + id).quality().conflictingAttributions()).as("re-issue of " + id).noneMatch(c -> c.otherArticle().equals(id));
      assertThat(found.get("misattributed-" + id).quality().conflictingAttributions()).as("misattributed copy of " + id)
          .anyMatch(c -> c.otherArticle().equals(id) && c.kind() == AttributionConflict.Kind.NAMED);
      assertThat(found.get(id).quality().conflictingAttributions()).as("original " + id).anyMatch(c -> c.otherArticle().equals("misattributed-" + id));
    }
  }

  private static String article(String id, String title, String date, String text) {
    ObjectNode node = DocJson.mapper().createObjectNode();
    node.put("id", id).put("title", title).put("published", date).put("text", text);
    return node.toString();
  }
}
