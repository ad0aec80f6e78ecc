package dev.dossier.engine.quality;

import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import dev.dossier.engine.reuse.MinHash;
import dev.dossier.engine.reuse.Term;
import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.UnitAligner;
import dev.dossier.store.AttributionTables;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The same quotation credited to different speakers, within one article or across the store.
 *
 * <h2>What is compared</h2>
 *
 * <p>The quotations of the quotes layer: the words of each direct and partial quote, inside their
 * quotation marks (a split quote's parts together), with at least {@link #MIN_TERMS} content
 * words. Reported speech is not compared: it is the reporter's paraphrase, and the same paraphrase
 * credited differently is more often a chain of sourcing ("CNN reported, citing officials") than a
 * conflict. A quotation is credited to every speaker of a quote that covers it, so a chain the
 * article gives ("CNN reported Monday, citing officials") is all of its speakers.
 *
 * <h2>When two quotations are one</h2>
 *
 * <p>Their normalised terms ({@link TermReader}: lemmas, one key for a name's spellings) are
 * aligned with synonyms ({@link UnitAligner}), so spinning and light edits do not hide them. They
 * are the same words at Dice similarity {@link #SAME} or more, or when one quotes a fragment of the
 * other: at least {@link #FRAGMENT_TERMS} terms of the shorter, {@link #CONTAINED} of them aligned.
 * Two places of one article are compared only if they do not overlap.
 *
 * <h2>When two speakers conflict</h2>
 *
 * <p>When no speaker of one may be a speaker of the other ({@link CreditedSpeaker#mayBe}: the
 * same resolved entity, the same name, or names sharing a proper-name word). Named on both sides,
 * it is a {@link AttributionConflict.Kind#NAMED} conflict; when one side has only anonymous
 * sources (or speakers given only by a lower-case role, "vice-president of GM Overseas"), the
 * weaker {@link AttributionConflict.Kind#ANONYMOUS}; two unnamed sides may be one source and are
 * not reported.
 *
 * <p>Incremental: each article's quotations are indexed by MinHash bands (a candidate needs one
 * shared band, of the newest {@link #BAND_LIMIT} quotations per band, and at most {@link
 * #CANDIDATES} are aligned), and every conflict is stored from both sides, so an article shown
 * later sees the conflicts found when a later article arrived. Thread-safe; the tables are not.
 */
public final class ConflictingAttributions {

  /** The fewest content words a compared quotation has: shorter ones are stock phrases many people say. */
  public static final int MIN_TERMS = 5;

  /** The least Dice similarity of two quotations of the same words. */
  public static final double SAME = 0.8;

  /** The fewest terms of a quoted fragment compared by containment. */
  public static final int FRAGMENT_TERMS = 6;

  /** The least share of a fragment's terms aligned with the longer quotation. */
  public static final double CONTAINED = 0.9;

  /** How many candidates, those sharing most bands first, a quotation is aligned with. */
  public static final int CANDIDATES = 16;

  /** How many quotations, the newest, are read under one band key. */
  public static final int BAND_LIMIT = 100;

  /** A quotation with whom this article credits it to. */
  record Credited(Span span, List<Term> terms, List<CreditedSpeaker> speakers) {}

  private final TermReader reader;
  private final UnitAligner aligner;

  public ConflictingAttributions(TermReader reader, UnitAligner aligner) {
    this.reader = reader;
    this.aligner = aligner;
  }

  /**
   * The quotations of an article's quotes, in text order, each with every speaker of a quote that
   * covers it.
   *
   * @param quotes the quotes layer, with speakers' entity ids already translated to resolved ids
   */
  List<Credited> quotations(String text, List<Quote> quotes) {
    Map<Span, List<Span>> parts = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      if (quote.kind() != QuoteKind.REPORTED) {
        parts.putIfAbsent(quote.span(), quote.parts());
      }
    }
    List<Credited> quotations = new ArrayList<>();
    parts.forEach((span, pieces) -> {
      List<Term> terms = new ArrayList<>();
      for (Span piece : pieces) {
        terms.addAll(reader.terms(text, piece));
      }
      List<CreditedSpeaker> speakers = new ArrayList<>();
      for (Quote quote : quotes) {
        if (quote.speaker() != null && quote.span().contains(span)) {
          CreditedSpeaker speaker = CreditedSpeaker.of(quote.speaker());
          if (!speakers.contains(speaker)) {
            speakers.add(speaker);
          }
        }
      }
      if (terms.size() >= MIN_TERMS && !speakers.isEmpty()) {
        quotations.add(new Credited(span, terms, speakers));
      }
    });
    quotations.sort(Comparator.comparing(Credited::span));
    return quotations;
  }

  /** Indexes an article's quotations and records their conflicts with each other and with everything stored. */
  public void add(AttributionTables tables, String articleId, String text, LocalDate published, List<Quote> quotes) throws SQLException {
    String date = published == null ? null : published.toString();
    List<AttributionTables.QuoteRow> own = new ArrayList<>();
    for (Credited quotation : quotations(text, quotes)) {
      long[] keys = MinHash.bandKeys(quotation.terms());
      List<AttributionTables.QuoteRow> candidates = candidates(tables, articleId, keys);
      AttributionTables.QuoteRow row =
          tables.insertQuote(articleId, quotation.span(), TermReader.serialize(quotation.terms()), CreditedSpeaker.serialize(quotation.speakers()), date, keys);
      for (AttributionTables.QuoteRow candidate : candidates) {
        record(tables, row, quotation.terms(), quotation.speakers(), candidate);
      }
      for (AttributionTables.QuoteRow earlier : own) {
        if (!earlier.span().overlaps(quotation.span())) {
          record(tables, row, quotation.terms(), quotation.speakers(), earlier);
        }
      }
      own.add(row);
    }
  }

  private List<AttributionTables.QuoteRow> candidates(AttributionTables tables, String articleId, long[] keys) throws SQLException {
    Map<Long, Integer> hits = tables.bandHits(keys, BAND_LIMIT);
    if (hits.isEmpty()) {
      return List.of();
    }
    List<AttributionTables.QuoteRow> rows = new ArrayList<>(tables.quotes(hits.keySet()));
    rows.removeIf(row -> row.articleId().equals(articleId));
    rows.sort(Comparator.comparing((AttributionTables.QuoteRow row) -> -hits.get(row.id())).thenComparingLong(AttributionTables.QuoteRow::id));
    return rows.subList(0, Math.min(CANDIDATES, rows.size()));
  }

  private void record(AttributionTables tables, AttributionTables.QuoteRow row, List<Term> terms, List<CreditedSpeaker> speakers, AttributionTables.QuoteRow other)
      throws SQLException {
    List<CreditedSpeaker> others = CreditedSpeaker.parse(other.speakers());
    AttributionConflict.Kind kind = conflict(speakers, others);
    if (kind == null) {
      return;
    }
    List<Term> otherTerms = TermReader.parse(other.terms());
    UnitAligner.Alignment alignment = aligner.align(terms, otherTerms);
    int shorter = Math.min(terms.size(), otherTerms.size());
    boolean same = alignment.similarity() >= SAME || (shorter >= FRAGMENT_TERMS && alignment.aligned() >= CONTAINED * shorter);
    if (same) {
      tables.insertConflict(row.id(), other.id(), kind.label(), Math.round(alignment.similarity() * 1000) / 1000.0);
    }
  }

  /** How two sets of speakers conflict, or {@code null} if some speaker of one may be a speaker of the other. */
  static AttributionConflict.Kind conflict(List<CreditedSpeaker> speakers, List<CreditedSpeaker> others) {
    for (CreditedSpeaker speaker : speakers) {
      for (CreditedSpeaker other : others) {
        if (speaker.mayBe(other)) {
          return null;
        }
      }
    }
    boolean named = speakers.stream().anyMatch(s -> !s.anonymous());
    boolean otherNamed = others.stream().anyMatch(s -> !s.anonymous());
    if (named && otherNamed) {
      return AttributionConflict.Kind.NAMED;
    }
    return named || otherNamed ? AttributionConflict.Kind.ANONYMOUS : null;
  }

  /** Forgets an article's quotations and every conflict they are part of. */
  public void remove(AttributionTables tables, String articleId) throws SQLException {
    tables.deleteArticle(articleId, row -> MinHash.bandKeys(TermReader.parse(row.terms())));
  }

  /**
   * An article's conflicts in text order; a conflict between two places of the article is given
   * once, from the earlier.
   */
  public static List<AttributionConflict> read(AttributionTables tables, String articleId, String text) throws SQLException {
    List<AttributionConflict> conflicts = new ArrayList<>();
    for (AttributionTables.ConflictRow row : tables.conflictsOf(articleId)) {
      AttributionTables.QuoteRow quote = row.quote();
      AttributionTables.QuoteRow other = row.other();
      if (other.articleId().equals(articleId) && other.span().start() < quote.span().start()) {
        continue;
      }
      List<CreditedSpeaker> speakers = CreditedSpeaker.parse(quote.speakers());
      List<CreditedSpeaker> others = CreditedSpeaker.parse(other.speakers());
      String words = quote.span().end() <= text.length() ? quote.span().of(text) : "";
      conflicts.add(new AttributionConflict(quote.span(), words, names(speakers), entity(speakers), other.articleId(), other.span(), names(others), entity(others),
          AttributionConflict.Kind.parse(row.kind()), row.similarity()));
    }
    return conflicts;
  }

  private static String names(List<CreditedSpeaker> speakers) {
    return speakers.stream().map(CreditedSpeaker::name).collect(Collectors.joining(" / "));
  }

  private static String entity(List<CreditedSpeaker> speakers) {
    return speakers.stream().map(CreditedSpeaker::entity).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }
}
