package dev.dossier.engine.reuse;

import dev.dossier.core.ReuseKind;
import dev.dossier.core.ReusedPassage;
import dev.dossier.core.Span;
import dev.dossier.core.Spin;
import dev.dossier.store.ReuseTables;
import dev.dossier.store.ReuseUnitRow;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence-level text reuse across everything stored: which passages of an article stand, spun,
 * shuffled or lightly edited, in an article published earlier, and which is the earliest.
 *
 * <h2>How</h2>
 *
 * <ol>
 *   <li>The article is cut into {@link Unit}s: each sentence's prose and each quotation
 *       ({@link UnitSplitter}), each read as normalised content terms ({@link TermReader}).
 *   <li>Each unit's MinHash band keys ({@link MinHash}) find stored units that share at least two
 *       bands; the {@link #CANDIDATES} sharing most are aligned with it ({@link UnitAligner}),
 *       synonyms counting as matches. The most similar copy, if any, is its match.
 *   <li>A matched unit joins its match's reuse group; an unmatched one founds a group. Each group
 *       knows its origin, the earliest published unit in it; a unit published earlier than its
 *       group's origin becomes the origin, so an original that arrives after its copies is still
 *       recognised as the first publisher, and every copy now points to it.
 * </ol>
 *
 * <p>Sentences are units, so shuffling them changes nothing; a spinner's synonyms are aligned
 * through WordNet and reported as {@link Spin}s; a quotation that other outlets printed too is a
 * {@link ReuseKind#SHARED_QUOTE}, while copied prose around it is {@link ReuseKind#COPIED}.
 *
 * <p>The cost per article is bounded by its units, their twenty band lookups of at most {@link
 * #BAND_LIMIT} units each and at most {@link #CANDIDATES} alignments each, whatever the store's
 * size. Thread-safe; the tables it is given are
 * not.
 */
public final class TextReuse {

  /** How many candidates, those sharing most bands first, a unit is aligned with. */
  public static final int CANDIDATES = 8;

  /**
   * How many units, the newest, are read under one band key. A band that many units share comes
   * from their commonest words and says little; a copy shares rarer bands with its source too.
   * This keeps the cost per unit from growing with the store.
   */
  public static final int BAND_LIMIT = 100;

  private final UnitSplitter splitter;
  private final UnitAligner aligner;

  public TextReuse(UnitSplitter splitter, UnitAligner aligner) {
    this.splitter = splitter;
    this.aligner = aligner;
  }

  /** Text reuse over WordNet 3.1. */
  public static TextReuse standard() {
    Thesaurus thesaurus = Thesaurus.wordNet();
    return new TextReuse(new UnitSplitter(new TermReader(thesaurus)), new UnitAligner(thesaurus));
  }

  public UnitSplitter splitter() {
    return splitter;
  }

  /**
   * Indexes an article's units, matching each against the units already stored.
   *
   * @return how many of its units were matched
   */
  public int add(ReuseTables tables, String articleId, String text, LocalDate published) throws SQLException {
    String date = published == null ? null : published.toString();
    int ord = 0;
    int matched = 0;
    for (Unit unit : splitter.units(text)) {
      long[] keys = MinHash.bandKeys(unit.terms());
      String kind = unit.quote() ? ReuseTables.QUOTE : ReuseTables.PROSE;
      String terms = TermReader.serialize(unit.terms());
      Match best = bestMatch(tables, articleId, unit, keys);
      ReuseUnitRow row;
      if (best == null) {
        row = tables.insertUnit(articleId, ord, kind, unit.span(), terms, date, null, null, null);
      } else {
        row = tables.insertUnit(articleId, ord, kind, unit.span(), terms, date, best.row().groupId(), best.row().id(), best.alignment().similarity());
        ReuseUnitRow origin = tables.origin(row.groupId()).orElseThrow();
        if (row.earlierThan(origin)) {
          tables.setOrigin(row.groupId(), row.id());
        }
        matched++;
      }
      tables.insertBands(row.id(), keys);
      ord++;
    }
    return matched;
  }

  /** Forgets an article's units, so that a changed article can be added again. */
  public void remove(ReuseTables tables, String articleId) throws SQLException {
    tables.deleteArticle(articleId, row -> MinHash.bandKeys(TermReader.parse(row.terms())));
  }

  private record Match(ReuseUnitRow row, UnitAligner.Alignment alignment) {}

  private Match bestMatch(ReuseTables tables, String articleId, Unit unit, long[] keys) throws SQLException {
    Map<Long, Integer> hits = tables.bandHits(keys, BAND_LIMIT);
    List<Long> ids =
        hits.entrySet().stream()
            .filter(e -> e.getValue() >= MinHash.MIN_SHARED_BANDS)
            .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(CANDIDATES * 2L)
            .map(Map.Entry::getKey)
            .toList();
    if (ids.isEmpty()) {
      return null;
    }
    List<ReuseUnitRow> rows = new ArrayList<>(tables.units(ids));
    rows.removeIf(row -> row.articleId().equals(articleId));
    rows.sort(Comparator.comparing((ReuseUnitRow row) -> -hits.get(row.id())).thenComparingLong(ReuseUnitRow::id));
    Match best = null;
    for (ReuseUnitRow row : rows.subList(0, Math.min(CANDIDATES, rows.size()))) {
      UnitAligner.Alignment alignment = aligner.align(unit.terms(), TermReader.parse(row.terms()));
      if (alignment.isCopy() && (best == null || alignment.similarity() > best.alignment().similarity())) {
        best = new Match(row, alignment);
      }
    }
    return best;
  }

  /**
   * An article's reused passages in text order: its units whose group's origin lies in another
   * article. Consecutive copied sentences from one source, in the source's order, are one passage;
   * a quotation inside a sentence copied from the same source is part of that copy, not a shared
   * quote of its own. Spins are found by aligning each unit with its origin as it is now, so they
   * stay right when an earlier publisher arrives after its copies.
   */
  public List<ReusedPassage> passages(ReuseTables tables, String articleId, String text) throws SQLException {
    List<ReuseTables.ReusedUnit> reused = tables.reusedUnits(articleId);
    List<ReusedPassage> units = new ArrayList<>();
    if (!reused.isEmpty()) {
      Map<Span, Unit> own = new HashMap<>();
      for (Unit unit : splitter.units(text)) {
        own.putIfAbsent(unit.span(), unit);
      }
      for (ReuseTables.ReusedUnit pair : reused) {
        ReuseUnitRow unit = pair.unit();
        Unit current = own.get(unit.span());
        List<Spin> spins = current == null ? List.of() : aligner.align(current.terms(), TermReader.parse(pair.origin().terms())).spins();
        ReuseKind kind = ReuseTables.QUOTE.equals(unit.kind()) ? ReuseKind.SHARED_QUOTE : ReuseKind.COPIED;
        units.add(new ReusedPassage(unit.span(), pair.origin().articleId(), pair.origin().span(), kind, spins));
      }
    }
    List<ReusedPassage> merged = new ArrayList<>();
    for (ReusedPassage unit : units) {
      if (unit.kind() == ReuseKind.SHARED_QUOTE
          && units.stream().anyMatch(other -> other.kind() == ReuseKind.COPIED && other.sourceArticle().equals(unit.sourceArticle()) && other.span().contains(unit.span()))) {
        continue;
      }
      ReusedPassage last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && continues(last, unit, text)) {
        List<Spin> spins = new ArrayList<>(last.spins());
        spins.addAll(unit.spins());
        merged.set(
            merged.size() - 1,
            new ReusedPassage(new Span(last.span().start(), unit.span().end()), last.sourceArticle(), new Span(last.sourceSpan().start(), unit.sourceSpan().end()), ReuseKind.COPIED, spins));
      } else {
        merged.add(unit);
      }
    }
    return merged;
  }

  private static boolean continues(ReusedPassage last, ReusedPassage next, String text) {
    return last.kind() == ReuseKind.COPIED
        && next.kind() == ReuseKind.COPIED
        && last.sourceArticle().equals(next.sourceArticle())
        && next.span().start() >= last.span().end()
        && text.substring(last.span().end(), next.span().start()).isBlank()
        && next.sourceSpan().start() >= last.sourceSpan().end();
  }
}
