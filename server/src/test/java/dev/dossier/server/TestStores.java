package dev.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.Removal;
import dev.dossier.core.Span;
import dev.dossier.store.Batch;
import dev.dossier.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores for the server tests, built without the NLP pipeline: the two seed articles (read from
 * {@code demo/seeds.jsonl}) with the entities and dates found by hand at their real occurrences,
 * and articles whose titles, bodies, sources, URLs and entity names are XSS vectors.
 */
final class TestStores {

  static final Producer ENTITIES = new Producer("entities", 1);
  static final Producer DATES = new Producer("dates", 1);
  static final Path SEEDS = Path.of("..", "demo", "seeds.jsonl");

  /** An actor and the names that denote it; the first is canonical. */
  record Actor(String id, EntityType type, String... names) {}

  static final List<Actor> SEED_ACTORS =
      List.of(
          new Actor("person:donald-trump", EntityType.PERSON, "Donald Trump", "Trump"),
          new Actor("person:vladimir-putin", EntityType.PERSON, "Vladimir Putin", "Putin"),
          new Actor("person:sergey-lavrov", EntityType.PERSON, "Sergey Lavrov"),
          new Actor("person:sergey-kislyak", EntityType.PERSON, "Sergey Kislyak"),
          new Actor("person:sergei-skripal", EntityType.PERSON, "Sergei Skripal"),
          new Actor("person:mike-pompeo", EntityType.PERSON, "Mike Pompeo", "Pompeo"),
          new Actor("person:chuck-schumer", EntityType.PERSON, "Chuck Schumer", "Schumer"),
          new Actor("organization:cnn", EntityType.ORGANIZATION, "CNN"),
          new Actor("organization:cia", EntityType.ORGANIZATION, "Central Intelligence Agency", "CIA"),
          new Actor("organization:isis", EntityType.ORGANIZATION, "ISIS"),
          new Actor("location:russia", EntityType.LOCATION, "Russia"),
          new Actor("location:united-states", EntityType.LOCATION, "United States", "US", "U.S."),
          new Actor("location:israel", EntityType.LOCATION, "Israel"),
          new Actor("location:oval-office", EntityType.LOCATION, "Oval Office"),
          new Actor("location:moscow", EntityType.LOCATION, "Moscow"),
          new Actor("misc:caatsa", EntityType.MISC, "CAATSA"));

  private TestStores() {}

  /** The seeds with hand-found entities and these dates, in a new store in {@code dir}. */
  static void seeds(Path dir) {
    try (Store store = Store.open(dir)) {
      store.commit(Batch.of(seedDocs()));
    }
  }

  /** The seeds and the XSS articles, in a new store in {@code dir}. */
  static void seedsAndVectors(Path dir) {
    try (Store store = Store.open(dir)) {
      List<Doc> docs = new ArrayList<>(seedDocs());
      docs.addAll(vectorDocs());
      store.commit(Batch.of(docs));
    }
  }

  static List<Doc> seedDocs() {
    List<Doc> docs = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try {
      for (String line : Files.readAllLines(SEEDS)) {
        JsonNode json = mapper.readTree(line);
        String title = json.get("title").asText();
        // As the cleaner does: the "More news:" link-spam lines leave the text and are kept as removals.
        StringBuilder text = new StringBuilder(title).append("\n\n");
        List<Removal> removed = new ArrayList<>();
        for (String paragraph : json.get("text").asText().split("\n")) {
          if (paragraph.startsWith("More news:")) {
            removed.add(new Removal(paragraph, "link-spam", text.length()));
          } else if (!paragraph.isBlank()) {
            text.append(paragraph).append("\n\n");
          }
        }
        LocalDate published = LocalDate.parse(json.get("published").asText());
        docs.add(doc(json.get("id").asText(), title, text.toString().strip(), published, "Wire", "https://example.org/" + json.get("id").asText(), removed, SEED_ACTORS,
            Map.of("May 2017", "2017-05", "2016", "2016", "Monday", "2019-09-09", "last week", "2018-W04", "Tuesday", "2018-01-30")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /**
   * One article per vector: the vector is its title, its source, its URL, appears in its body
   * around real news text, and names an entity of each type.
   */
  static List<Doc> vectorDocs() {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < XssVectors.ALL.size(); i++) {
      String vector = XssVectors.ALL.get(i);
      String title = vector;
      String text = title + "\n\n" + "Officials in Moscow said on Monday that " + vector + " had met Putin in May 2017.\n\n"
          + "The statement, issued by " + vector + ", was not confirmed by the CIA.";
      List<Actor> actors = List.of(
          new Actor("person:xss-" + i, EntityType.PERSON, vector),
          new Actor("location:moscow", EntityType.LOCATION, "Moscow"),
          new Actor("person:vladimir-putin", EntityType.PERSON, "Putin"),
          new Actor("organization:cia", EntityType.ORGANIZATION, "CIA"));
      List<Removal> removed = List.of(new Removal("Share this: " + vector, "share-prompt", text.length()));
      docs.add(doc("xss-" + i + "-" + vector, title, text, LocalDate.of(2018, 3, 1 + i), vector, vector, removed, actors,
          Map.of("Monday", "2018-02-26", "May 2017", "2017-05")));
    }
    return docs;
  }

  static Doc doc(String id, String title, String text, LocalDate published, String source, String url, List<Removal> removed, List<Actor> actors,
      Map<String, String> dates) {
    Article article = new Article(id, url, title, published, source, text, removed, "test:" + id, hash(id + text + source + url));
    return Doc.of(article).with(Layers.ENTITIES, entities(text, actors), ENTITIES).with(Layers.DATES, dates(text, dates), DATES);
  }

  /** Every actor named in the text, at every occurrence; longer names claim their text first. */
  static List<Entity> entities(String text, List<Actor> actors) {
    record Name(Actor actor, String name) {}
    List<Name> names = new ArrayList<>();
    for (Actor actor : actors) {
      for (String name : actor.names()) {
        names.add(new Name(actor, name));
      }
    }
    names.sort(Comparator.comparingInt((Name n) -> -n.name().length()));
    boolean[] claimed = new boolean[text.length()];
    Map<Actor, List<Mention>> mentions = new LinkedHashMap<>();
    for (Name name : names) {
      for (int at = text.indexOf(name.name()); at >= 0; at = text.indexOf(name.name(), at + 1)) {
        int end = at + name.name().length();
        if (!wordBoundary(text, at, end) || anyClaimed(claimed, at, end)) {
          continue;
        }
        for (int i = at; i < end; i++) {
          claimed[i] = true;
        }
        mentions.computeIfAbsent(name.actor(), a -> new ArrayList<>()).add(new Mention(new Span(at, end), name.name(), name.actor().type()));
      }
    }
    List<Entity> entities = new ArrayList<>();
    mentions.forEach((actor, found) -> {
      found.sort(Comparator.comparing(Mention::span));
      List<String> aliases = found.stream().map(Mention::text).distinct().filter(n -> !n.equals(actor.names()[0])).sorted().toList();
      entities.add(new Entity(actor.id(), actor.names()[0], actor.type(), aliases, found));
    });
    return entities;
  }

  static List<DateMention> dates(String text, Map<String, String> dates) {
    List<DateMention> found = new ArrayList<>();
    dates.forEach((expression, value) -> {
      int at = text.indexOf(expression);
      if (at >= 0) {
        found.add(new DateMention(new Span(at, at + expression.length()), expression, value));
      }
    });
    found.sort(Comparator.comparing(DateMention::span));
    return found;
  }

  private static boolean wordBoundary(String text, int start, int end) {
    boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    return before && after;
  }

  private static boolean anyClaimed(boolean[] claimed, int start, int end) {
    for (int i = start; i < end; i++) {
      if (claimed[i]) {
        return true;
      }
    }
    return false;
  }

  private static String hash(String text) {
    return HexFormat.of().formatHex(Integer.toHexString(text.hashCode()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
