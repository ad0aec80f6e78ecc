package dev.dossier.eval.reuse;

import dev.dossier.engine.reuse.Thesaurus;
import dev.dossier.eval.reuse.ReutersSource.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Builds the spinning benchmark from Reuters articles: originals, copies made the way content
 * farms make them, and unrelated articles, each sentence labelled with the earliest article it
 * comes from. Every choice is drawn from one {@link Random} seeded by {@link Options#seed()}, so a
 * seed always gives the same benchmark.
 *
 * <h2>Selection</h2>
 *
 * Articles are taken in a seeded random order if they have at least {@link #MIN_SENTENCES} body
 * sentences of {@link #SCORED_WORDS} words or more and share no eight-word sequence with an article
 * already taken, so that the only reuse in the benchmark is the reuse it makes (Reuters holds many
 * re-issued and near-duplicate stories). They become originals, unrelated distractors, a pool of
 * filler sentences that is never ingested, and a pool of headlines for spam lines.
 *
 * <h2>A copy</h2>
 *
 * <ol>
 *   <li><b>Partial copying:</b> a share of the original's sentences drawn from {@code [0.4, 1]}
 *       (at least three), as one contiguous block or a random subset, half the time each.
 *   <li><b>Synonym substitution</b> from WordNet 3.1 (a real thesaurus): each word that is a
 *       WordNet lemma and not a function word is replaced, with probability {@link
 *       Options#spinRate()}, by another lemma of its most frequent sense; a name WordNet knows
 *       ("Japan", "U.S.") by another name of the same synset. Replacements keep the first letter's
 *       case, and are as clumsy as a spinner's.
 *   <li><b>Light edits:</b> in 15% of sentences one word (not the first) is dropped; to 10% a
 *       clause ", sources said" is added.
 *   <li><b>Sentence shuffling:</b> half the copies shuffle their sentences.
 *   <li><b>Spam lines:</b> one to three "More news: " lines with other articles' headlines.
 *   <li><b>Filler:</b> zero to three sentences from the filler pool, copied from no ingested
 *       article, each used once.
 * </ol>
 *
 * <p>A copy is dated one to five days after its original (articles carry dates, not times, so a
 * copy of the same day could not be told from its original). A tenth of the copies are copies of
 * copies (second generation, one to three days later): their sentences from the original are still
 * labelled with the original, the earliest publisher, and the first copy's filler with the first
 * copy.
 */
final class SpinGenerator {

  static final int MIN_SENTENCES = 5;
  static final int SCORED_WORDS = 10;
  private static final int SHINGLE = 8;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "was", "are", "were", "be",
          "been", "it", "its", "he", "she", "they", "we", "i", "you", "that", "this", "these", "those", "not", "no", "will", "would", "can",
          "could", "may", "might", "shall", "should", "do", "does", "did", "have", "has", "had", "said", "says", "say", "also", "than", "then",
          "who", "which", "what", "when", "where", "there", "here", "up", "down", "out", "over", "under", "into", "about", "after", "before");

  /**
   * @param sources originals to copy from
   * @param copies copies to make
   * @param distractors unrelated articles
   * @param seed the seed of every random choice
   * @param spinRate the probability that an eligible word is replaced by a synonym
   */
  record Options(int sources, int copies, int distractors, long seed, double spinRate) {

    Options {
      if (sources < 1 || copies < 0 || distractors < 0) {
        throw new IllegalArgumentException("need at least one source, and no negative counts");
      }
      if (spinRate < 0 || spinRate > 1) {
        throw new IllegalArgumentException("the spin rate is a probability, was " + spinRate);
      }
    }
  }

  /**
   * A sentence of a benchmark article with its label.
   *
   * @param text the sentence as written into the article
   * @param source the earliest article it comes from, or {@code null} if it is new here
   * @param substitutions how many of its words the generator replaced by synonyms
   */
  record Sentence(String text, String source, int substitutions) {

    boolean scored() {
      return text.split("\\s+").length >= SCORED_WORDS;
    }
  }

  /**
   * One article of the benchmark.
   *
   * @param kind {@code original}, {@code copy}, {@code copy-of-copy} or {@code unrelated}
   * @param shuffled whether its sentences are out of their source's order
   * @param spam the spam lines it carries
   */
  record Item(String id, String kind, String title, LocalDate published, String outlet, List<Sentence> sentences, List<String> spam, boolean shuffled) {

    /** The article's text: its sentences and spam lines, a paragraph each, spam where it was put. */
    String text(List<Integer> spamPositions) {
      List<String> paragraphs = new ArrayList<>();
      for (Sentence sentence : sentences) {
        paragraphs.add(sentence.text());
      }
      for (int i = 0; i < spam.size(); i++) {
        paragraphs.add(Math.min(spamPositions.get(i), paragraphs.size()), "More news: " + spam.get(i));
      }
      return String.join("\n\n", paragraphs);
    }
  }

  /** The benchmark: every article with its spam positions, in the order they were made. */
  record Benchmark(List<Item> items, List<List<Integer>> spamPositions) {}

  private final Thesaurus thesaurus;
  private final Options options;
  private final Random random;

  SpinGenerator(Thesaurus thesaurus, Options options) {
    this.thesaurus = thesaurus;
    this.options = options;
    this.random = new Random(options.seed());
  }

  Benchmark generate(List<Story> corpus) {
    List<Story> shuffled = new ArrayList<>(corpus);
    Collections.shuffle(shuffled, random);
    int fillerArticles = Math.max(1, options.copies() / 4);
    int headlines = 200;
    int wanted = options.sources() + options.distractors() + fillerArticles;
    Set<Long> shingles = new HashSet<>();
    List<Story> chosen = new ArrayList<>();
    List<String> spamHeadlines = new ArrayList<>();
    for (Story story : shuffled) {
      if (chosen.size() < wanted && eligible(story) && claim(story, shingles)) {
        chosen.add(story);
      } else if (spamHeadlines.size() < headlines && !chosen.contains(story)) {
        spamHeadlines.add(story.title());
      }
      if (chosen.size() >= wanted && spamHeadlines.size() >= headlines) {
        break;
      }
    }
    if (chosen.size() < wanted) {
      throw new IllegalArgumentException("the corpus has only " + chosen.size() + " usable articles; " + wanted + " are needed");
    }
    if (spamHeadlines.isEmpty()) {
      chosen.forEach(story -> spamHeadlines.add(story.title()));
    }
    List<Story> sources = chosen.subList(0, options.sources());
    List<Story> distractors = chosen.subList(options.sources(), options.sources() + options.distractors());
    List<String> filler = new ArrayList<>();
    for (Story story : chosen.subList(options.sources() + options.distractors(), chosen.size())) {
      story.sentences().stream().filter(s -> s.split("\\s+").length >= SCORED_WORDS).forEach(filler::add);
    }

    List<Item> items = new ArrayList<>();
    List<List<Integer>> spamPositions = new ArrayList<>();
    for (Story story : sources) {
      items.add(new Item(story.id(), "original", story.title(), story.published(), "Wire", labelled(story.sentences(), story.id()), List.of(), false));
      spamPositions.add(List.of());
    }
    for (Story story : distractors) {
      items.add(new Item(story.id(), "unrelated", story.title(), story.published(), "Wire", labelled(story.sentences(), null), List.of(), false));
      spamPositions.add(List.of());
    }
    List<Item> firstCopies = new ArrayList<>();
    int secondGeneration = options.copies() / 10;
    for (int c = 0; c < options.copies() - secondGeneration; c++) {
      Item original = items.get(random.nextInt(sources.size()));
      Item copy = copy(original, "copy", "copy-" + (c + 1), original.published().plusDays(1 + random.nextInt(5)), filler, spamHeadlines, spamPositions);
      firstCopies.add(copy);
      items.add(copy);
    }
    for (int c = 0; c < secondGeneration && !firstCopies.isEmpty(); c++) {
      Item first = firstCopies.get(random.nextInt(firstCopies.size()));
      items.add(copy(first, "copy-of-copy", "copy2-" + (c + 1), first.published().plusDays(1 + random.nextInt(3)), filler, spamHeadlines, spamPositions));
    }
    return new Benchmark(items, spamPositions);
  }

  private static List<Sentence> labelled(List<String> sentences, String source) {
    return sentences.stream().map(s -> new Sentence(s, source, 0)).toList();
  }

  private static boolean eligible(Story story) {
    return story.sentences().stream().filter(s -> s.split("\\s+").length >= SCORED_WORDS).count() >= MIN_SENTENCES;
  }

  /** Takes the story's eight-word shingles if none is taken yet. */
  private static boolean claim(Story story, Set<Long> taken) {
    List<Long> own = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String sentence : story.sentences()) {
      for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long hash = String.join(" ", words.subList(i, i + SHINGLE)).hashCode() * 0x9E3779B97F4A7C15L + String.join(" ", words.subList(i, i + SHINGLE)).length();
      if (taken.contains(hash)) {
        return false;
      }
      own.add(hash);
    }
    taken.addAll(own);
    return true;
  }

  private Item copy(Item from, String kind, String id, LocalDate date, List<String> filler, List<String> headlines, List<List<Integer>> spamPositions) {
    List<Sentence> body = from.sentences();
    int count = Math.max(3, (int) Math.round(body.size() * (0.4 + 0.6 * random.nextDouble())));
    count = Math.min(count, body.size());
    List<Sentence> picked = new ArrayList<>();
    if (random.nextBoolean()) {
      int start = random.nextInt(body.size() - count + 1);
      picked.addAll(body.subList(start, start + count));
    } else {
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < body.size(); i++) {
        indexes.add(i);
      }
      Collections.shuffle(indexes, random);
      List<Integer> kept = new ArrayList<>(indexes.subList(0, count));
      Collections.sort(kept);
      kept.forEach(i -> picked.add(body.get(i)));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence sentence : picked) {
      String source = sentence.source() != null ? sentence.source() : from.id();
      String edited = edit(sentence.text());
      int[] substitutions = new int[1];
      sentences.add(new Sentence(spin(edited, substitutions), source, substitutions[0] + sentence.substitutions()));
    }
    boolean shuffled = random.nextBoolean();
    if (shuffled) {
      Collections.shuffle(sentences, random);
    }
    int fillers = random.nextInt(4);
    for (int i = 0; i < fillers && !filler.isEmpty(); i++) {
      // Drawn without replacement: a filler sentence used twice would be reuse of the first use.
      sentences.add(random.nextInt(sentences.size() + 1), new Sentence(filler.remove(random.nextInt(filler.size())), null, 0));
    }
    List<String> spam = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    int lines = 1 + random.nextInt(3);
    for (int i = 0; i < lines; i++) {
      spam.add(headlines.get(random.nextInt(headlines.size())));
      positions.add(random.nextInt(sentences.size() + 1));
    }
    spamPositions.add(positions);
    int[] unused = new int[1];
    return new Item(id, kind, spin(from.title(), unused), date, "Farm " + (1 + random.nextInt(20)), sentences, spam, shuffled);
  }

  private String edit(String sentence) {
    String[] words = sentence.split(" ");
    if (words.length > 4 && random.nextDouble() < 0.15) {
      int drop = 1 + random.nextInt(words.length - 2);
      List<String> kept = new ArrayList<>(List.of(words));
      kept.remove(drop);
      sentence = String.join(" ", kept);
    }
    if (random.nextDouble() < 0.10 && sentence.endsWith(".")) {
      sentence = sentence.substring(0, sentence.length() - 1) + ", sources said.";
    }
    return sentence;
  }

  /** Replaces eligible words by WordNet synonyms; counts the replacements in {@code substitutions[0]}. */
  String spin(String sentence, int[] substitutions) {
    String[] words = sentence.split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      int start = 0;
      int end = word.length();
      while (start < end && !Character.isLetter(word.charAt(start))) {
        start++;
      }
      while (end > start && !Character.isLetter(word.charAt(end - 1))) {
        end--;
      }
      String core = word.substring(start, end);
      if (core.length() < 3 || !core.chars().allMatch(Character::isLetter)) {
        continue;
      }
      String replacement = synonym(core, i == 0);
      if (replacement != null && random.nextDouble() < options.spinRate()) {
        words[i] = word.substring(0, start) + replacement + word.substring(end);
        substitutions[0]++;
      }
    }
    return String.join(" ", words);
  }

  private String synonym(String core, boolean initial) {
    String lower = core.toLowerCase(Locale.ROOT);
    boolean capitalised = Character.isUpperCase(core.charAt(0));
    if (FUNCTION_WORDS.contains(lower) || !thesaurus.isLemma(lower)) {
      return null;
    }
    boolean name = capitalised && !initial;
    List<String> choices = new ArrayList<>();
    for (String synonym : thesaurus.firstSenseSynonyms(lower)) {
      boolean synonymCapitalised = Character.isUpperCase(synonym.charAt(0));
      if (synonym.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '.') && synonymCapitalised == name) {
        choices.add(synonym);
      }
    }
    if (choices.isEmpty() || (capitalised && !initial && thesaurus.properName(lower) == null)) {
      return null;
    }
    String choice = choices.get(random.nextInt(choices.size()));
    return capitalised && !name ? Character.toUpperCase(choice.charAt(0)) + choice.substring(1) : choice;
  }
}
