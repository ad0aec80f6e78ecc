package dev.dossier.store;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents built by hand from the two seed articles (bundled in test resources), with entity and
 * date layers as an NLP pipeline would write them: every mention is a real occurrence in the text.
 */
final class Fixtures {

  static final Producer ENTITIES = new Producer("entities", 1);
  static final Producer DATES = new Producer("dates", 1);

  /** An actor and the surface forms that name it; the first is its canonical name. */
  record Actor(String id, EntityType type, String... names) {}

  static final List<Actor> ACTORS =
      List.of(
          new Actor("person:donald-trump", EntityType.PERSON, "Donald Trump", "Trump"),
          new Actor("person:vladimir-putin", EntityType.PERSON, "Vladimir Putin", "Putin"),
          new Actor("person:sergey-lavrov", EntityType.PERSON, "Sergey Lavrov"),
          new Actor("person:sergey-kislyak", EntityType.PERSON, "Sergey Kislyak"),
          new Actor("person:sergei-skripal", EntityType.PERSON, "Sergei Skripal"),
          new Actor("person:smolenkov", EntityType.PERSON, "Smolenkov"),
          new Actor("person:mike-pompeo", EntityType.PERSON, "Mike Pompeo", "Pompeo"),
          new Actor("person:naryshkin", EntityType.PERSON, "Naryshkin"),
          new Actor("person:chuck-schumer", EntityType.PERSON, "Chuck Schumer", "Schumer"),
          new Actor("person:anatoly-antonov", EntityType.PERSON, "Anatoly Antonov", "Antonov"),
          new Actor("person:korobov", EntityType.PERSON, "Korobov"),
          new Actor("person:coats", EntityType.PERSON, "Coats"),
          new Actor("organization:cnn", EntityType.ORGANIZATION, "CNN"),
          new Actor("organization:nbc", EntityType.ORGANIZATION, "NBC"),
          new Actor("organization:bbc", EntityType.ORGANIZATION, "BBC"),
          new Actor("organization:cia", EntityType.ORGANIZATION, "Central Intelligence Agency", "CIA"),
          new Actor("organization:white-house", EntityType.ORGANIZATION, "White House"),
          new Actor("organization:isis", EntityType.ORGANIZATION, "ISIS"),
          new Actor("organization:senate", EntityType.ORGANIZATION, "Senate"),
          new Actor("location:russia", EntityType.LOCATION, "Russia", "Russian Federation"),
          new Actor("location:united-states", EntityType.LOCATION, "United States", "USA", "U.S.", "US"),
          new Actor("location:israel", EntityType.LOCATION, "Israel"),
          new Actor("location:vietnam", EntityType.LOCATION, "Vietnam"),
          new Actor("location:england", EntityType.LOCATION, "England"),
          new Actor("location:kremlin", EntityType.LOCATION, "Kremlin"),
          new Actor("location:oval-office", EntityType.LOCATION, "Oval Office"),
          new Actor("location:ukraine", EntityType.LOCATION, "Ukraine"),
          new Actor("location:moscow", EntityType.LOCATION, "Moscow"),
          new Actor("location:washington", EntityType.LOCATION, "Washington"),
          new Actor("location:north-korea", EntityType.LOCATION, "North Korea"),
          new Actor("location:iran", EntityType.LOCATION, "Iran"),
          new Actor("misc:caatsa", EntityType.MISC, "Countering America's Adversaries Through Sanctions Act", "CAATSA"));

  private Fixtures() {}

  /** The CNN-sourced story of the extracted spy, published on a Tuesday. */
  static Doc seed000() {
    return seed(
        "seed-000",
        "seeds/000_a30fadd007fcd40e.txt",
        LocalDate.of(2019, 9, 10),
        "World Wire",
        Map.of("May 2017", "2017-05", "November 11, 2017", "2017-11-11", "Monday", "2019-09-09", "Last year", "2018", "2016", "2016", "2017", "2017"));
  }

  /** Naryshkin's visit to the United States and Pompeo's letter to Schumer. */
  static Doc seed004() {
    return seed(
        "seed-004",
        "seeds/004_b12aa63abad0d3a9.txt",
        LocalDate.of(2018, 2, 3),
        "Capitol Post",
        Map.of("last week", "2018-W04", "Tuesday", "2018-01-30", "Thursday", "2018-02-01", "2014", "2014", "August", "2017-08", "2016", "2016"));
  }

  /**
   * A seed article as an ingest stage would clean it: the first line is the title, the
   * "More news:" link-spam lines are removed (and recorded), and the layers are found in the text.
   */
  static Doc seed(String id, String resource, LocalDate published, String source, Map<String, String> dates) {
    String raw = resource(resource).replace("\r\n", "\n");
    int firstBreak = raw.indexOf('\n');
    String title = raw.substring(0, firstBreak).strip();
    String body = raw.substring(firstBreak).strip();
    StringBuilder text = new StringBuilder();
    List<Removal> removed = new ArrayList<>();
    for (String line : body.split("\n", -1)) {
      if (line.startsWith("More news:")) {
        removed.add(new Removal(line, "link-spam", text.length()));
      } else {
        text.append(line).append('\n');
      }
    }
    String cleaned = text.toString().strip().replaceAll("\n{3,}", "\n\n");
    return doc(id, title, cleaned, published, source, removed, dates);
  }

  /** A document with entities found from {@link #ACTORS} and the given date expressions. */
  static Doc doc(String id, String title, String text, LocalDate published, String source, List<Removal> removed, Map<String, String> dates) {
    Article article = new Article(id, "https://example.org/" + id, title, published, source, text, removed, "test:" + id, hash(title, text, published, source));
    return Doc.of(article).with(Layers.ENTITIES, entities(text), ENTITIES).with(Layers.DATES, dates(text, dates), DATES);
  }

  /** Every actor named in the text, with every mention; longer names claim their text first. */
  static List<Entity> entities(String text) {
    record Name(Actor actor, String name) {}
    List<Name> names = new ArrayList<>();
    for (Actor actor : ACTORS) {
      for (String name : actor.names()) {
        names.add(new Name(actor, name));
      }
    }
    names.sort(Comparator.comparingInt((Name n) -> -n.name().length()));
    boolean[] claimed = new boolean[text.length()];
    Map<Actor, List<Mention>> mentions = new LinkedHashMap<>();
    for (Name name : names) {
      for (Span span : occurrences(text, name.name(), claimed)) {
        mentions.computeIfAbsent(name.actor(), a -> new ArrayList<>()).add(new Mention(span, span.of(text), name.actor().type()));
      }
    }
    List<Entity> entities = new ArrayList<>();
    mentions.forEach(
        (actor, found) -> {
          found.sort(Comparator.comparing(Mention::span));
          TreeSet<String> aliases = new TreeSet<>();
          found.forEach(m -> aliases.add(m.text()));
          aliases.remove(actor.names()[0]);
          entities.add(new Entity(actor.id(), actor.names()[0], actor.type(), List.copyOf(aliases), found));
        });
    entities.sort(Comparator.comparing(e -> e.mentions().getFirst().span()));
    return entities;
  }

  static List<DateMention> dates(String text, Map<String, String> values) {
    List<String> surfaces = new ArrayList<>(values.keySet());
    surfaces.sort(Comparator.comparingInt((String s) -> -s.length()).thenComparing(s -> s));
    boolean[] claimed = new boolean[text.length()];
    List<DateMention> dates = new ArrayList<>();
    for (String surface : surfaces) {
      for (Span span : occurrences(text, surface, claimed)) {
        dates.add(new DateMention(span, span.of(text), values.get(surface)));
      }
    }
    dates.sort(Comparator.comparing(DateMention::span));
    return dates;
  }

  /** Whole-word occurrences not overlapping text already claimed; claims them. */
  private static List<Span> occurrences(String text, String name, boolean[] claimed) {
    List<Span> spans = new ArrayList<>();
    Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
    outer:
    while (matcher.find()) {
      for (int i = matcher.start(); i < matcher.end(); i++) {
        if (claimed[i]) {
          continue outer;
        }
      }
      for (int i = matcher.start(); i < matcher.end(); i++) {
        claimed[i] = true;
      }
      spans.add(new Span(matcher.start(), matcher.end()));
    }
    return spans;
  }

  /** The paragraphs of both seeds' cleaned texts, for assembling more articles of real text. */
  static List<String> paragraphs() {
    List<String> paragraphs = new ArrayList<>();
    for (Doc seed : List.of(seed000(), seed004())) {
      for (String paragraph : seed.text().split("\n\n")) {
        if (paragraph.length() > 60) {
          paragraphs.add(paragraph.strip());
        }
      }
    }
    return paragraphs;
  }

  static final List<String> SOURCES = List.of("World Wire", "Capitol Post", "Evening Ledger", "Harbor Times");

  private static final class Paragraphs {
    static final List<String> ALL = paragraphs();
  }

  /**
   * The {@code n}-th of an endless series of articles assembled from three seed paragraphs each,
   * with a title starting with the first paragraph's opening words and ending in {@code code}, a
   * word found in no other article.
   */
  static Doc generated(String id, String code, int n) {
    List<String> all = Paragraphs.ALL;
    String first = all.get(n % all.size());
    String text = first + "\n\n" + all.get((n * 7 + 3) % all.size()) + "\n\n" + all.get((n * 13 + 5) % all.size());
    String[] words = first.split("\\s+");
    String title = String.join(" ", List.of(words).subList(0, Math.min(8, words.length))) + " " + code;
    LocalDate published = LocalDate.of(2017, 1, 1).plusDays(n % 1000);
    return doc(id, title, text, published, SOURCES.get(n % SOURCES.size()), List.of(), Map.of("May 2017", "2017-05", "2016", "2016", "Thursday", "2018-02-01", "2014", "2014"));
  }

  static String hash(String title, String text, LocalDate published, String source) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((title + "\u0000" + published + "\u0000" + source + "\u0000" + text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entity of a document with the given id. */
  static Entity entity(Doc doc, String id) {
    return doc.get(Layers.ENTITIES).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
