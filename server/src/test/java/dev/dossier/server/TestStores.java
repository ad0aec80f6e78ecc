package dev.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityType;
import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventAttribution;
import dev.dossier.core.EventLink;
import dev.dossier.core.EventPlace;
import dev.dossier.core.EventType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Removal;
import dev.dossier.core.SanctionsHit;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import dev.dossier.engine.Engine;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.store.Batch;
import dev.dossier.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
   * around real news text, names an entity of each type, is the speaker, cue text, addressee and
   * words of its quote, and the name, programme, evidence and reasons of a sanctions hit. The
   * articles share a sentence, so the engine finds them copying each other and groups them in
   * stories.
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
      Doc doc = doc("xss-" + i + "-" + vector, title, text, LocalDate.of(2018, 3, 1 + i), vector, vector, removed, actors,
          Map.of("Monday", "2018-02-26", "May 2017", "2017-05"));
      docs.add(withVectorFindings(doc, vector, "person:xss-" + i));
    }
    return docs;
  }

  /** The start of the instance id of each vector article's event; the person's id follows. */
  static final String VECTOR_EVENT_PREFIX = "consult/";

  /**
   * The vector article with identity links, a sanctions hit, a quote and an event (its source,
   * country, sector, mode, place and attribution), all carrying the vector.
   */
  private static Doc withVectorFindings(Doc doc, String vector, String person) {
    String text = doc.text();
    List<EntityLink> links = new ArrayList<>();
    for (Entity entity : doc.get(Layers.ENTITIES)) {
      links.add(new EntityLink(entity.id(), entity.id(), entity.name(), entity.type(), null, "new", 1.0));
    }
    String sentence = "Officials in Moscow said on Monday that " + vector + " had met Putin in May 2017.";
    SanctionsHit hit = new SanctionsHit(person, "OFAC SDN 2024-05-03", "9" + Math.abs(vector.hashCode() % 1000), vector, List.of(vector, "RUSSIA-EO14024"), 0.9,
        sentence, List.of("full name " + vector));
    int said = text.indexOf(" said on Monday") + 1;
    int that = text.indexOf("that " + vector);
    int content = that + ("that " + vector + " had met Putin in May 2017").length();
    int named = text.indexOf("issued by " + vector) + "issued by ".length();
    Quote quote = Quote.of(text, List.of(new Span(that, content)), QuoteKind.REPORTED,
        new Speaker(vector, person, false, vector, new Span(named, named + vector.length())), new Span(said, said + 4), vector);
    int sentenceStart = text.indexOf(sentence);
    int vectorAt = text.indexOf(vector, sentenceStart);
    int met = text.indexOf(" had met ", sentenceStart) + " had ".length();
    int putin = text.indexOf("Putin", met);
    int moscow = text.indexOf("Moscow", sentenceStart);
    int may = text.indexOf("May 2017", sentenceStart);
    Event event = new Event("e1", new Span(met, met + 3), EventType.CONSULT, "040", vector,
        new EventActor(vector, person, vector, null, vector, new Span(vectorAt, vectorAt + vector.length())),
        new EventActor("Putin", "person:vladimir-putin", "Russia", null, "GOV", new Span(putin, putin + 5)),
        new Span(sentenceStart, sentenceStart + sentence.length()), "2017-05", new Span(may, may + 8), new EventPlace(vector, "location:moscow", new Span(moscow, moscow + 6)),
        false, true, new EventAttribution(vector, person, false, new Span(named, named + vector.length()), null), null, true);
    EventLink link = new EventLink("e1", VECTOR_EVENT_PREFIX + person, "CONSULT|" + person + "|person:vladimir-putin|", LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 31));
    return doc.with(Layers.LINKS, links, new Producer("resolve", 1)).with(Layers.SANCTIONS, List.of(hit), new Producer("sanctions", 1))
        .with(Layers.QUOTES, List.of(quote), new Producer("quotes", 1)).with(Layers.EVENTS, List.of(event), new Producer("events", 1))
        .with(Layers.EVENT_LINKS, List.of(link), new Producer("eventlinks", 1));
  }

  /** Corrections whose names and reasons are the vectors, for the audit log and the dossiers' histories. */
  static void curateWithVectors(Engine engine) {
    for (int i = 0; i < 5; i++) {
      String vector = XssVectors.ALL.get(i);
      engine.rename("person:xss-" + i, vector + " (renamed)", vector, vector);
    }
    engine.merge("person:xss-5", "person:xss-6", XssVectors.ALL.get(5), XssVectors.ALL.get(6));
  }

  /**
   * The seeds and a content-farm copy of the second, made as the seeds themselves were (link spam
   * dropped, paragraphs reversed, a few words replaced by synonyms), through the real pipeline,
   * in a new store in {@code dir}: quotes, resolved entities with sanctions hits, reuse and stories.
   */
  static void pipeline(Path dir) {
    try {
      Path copy = Files.writeString(Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-inputs")).resolve("farm-copy.jsonl"), farmCopy() + "\n");
      try (Engine engine = Engine.open(dir)) {
        engine.ingest(List.of(SEEDS.toString(), copy.toString()), new IngestOptions(null, "Demo wire"), null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of the farm copy {@link #pipeline} ingests, and of the seed it copies. */
  static final String FARM_COPY = "farm-copy";

  static final String COPIED_SEED = "004_b12aa63abad0d3a9";

  private static String farmCopy() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode seed = mapper.readTree(Files.readAllLines(SEEDS).get(1));
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : seed.get("text").asText().split("\n\n")) {
      if (!paragraph.startsWith("More news") && !paragraph.isBlank()) {
        paragraphs.add(paragraph.replace("officials", "functionaries").replace("meeting", "encounter").replace("Russia,", "Russian Federation,"));
      }
    }
    Collections.reverse(paragraphs);
    return mapper.createObjectNode().put("id", FARM_COPY).put("title", "Spy chief of Russia met US functionaries").put("published", "2018-02-05")
        .put("source", "Farm").put("text", String.join("\n\n", paragraphs)).toString();
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
