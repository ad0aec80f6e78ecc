package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.ErrorCode;
import dev.dossier.ingest.ArticleAssembler.Draft;
import dev.dossier.ingest.clean.Cleaner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids, content hashes and defaults: what makes re-reading an input recognisable. */
class ArticleAssemblerTest {

  private static final String TITLE = "Pompeo warns of threat";
  private static final String BODY = "Just this week, Pompeo warned in an interview with the BBC that Russian Federation was still a threat.\n\nRead more\n";

  private static Article build(ArticleAssembler assembler, Draft draft) {
    ReadResult result = assembler.assemble(draft);
    assertThat(result).isInstanceOf(ReadResult.Read.class);
    return ((ReadResult.Read) result).article();
  }

  private static Draft draft(String id, String url, String title, LocalDate published, String source, String body) {
    return new Draft("test:1", id, url, title, published, source, body, List.of());
  }

  private final ArticleAssembler standard = new ArticleAssembler(Cleaner.standard(), IngestOptions.NONE);

  @Test
  void assemble_givenId_keptTrimmed() {
    assertThat(build(standard, draft("  wire-77 ", null, TITLE, null, null, BODY)).id()).isEqualTo("wire-77");
  }

  @Test
  void assemble_noId_idIsHashOfNormalisedTextBeforeRemoval() {
    Article article = build(standard, draft(null, null, TITLE, null, null, BODY));

    String normalised = TITLE + "\n\n" + "Just this week, Pompeo warned in an interview with the BBC that Russian Federation was still a threat.\n\nRead more";
    assertThat(article.id()).isEqualTo(ArticleAssembler.sha256(normalised).substring(0, 16));
  }

  @Test
  void assemble_differentCleaningRules_sameId() {
    ArticleAssembler noRules = new ArticleAssembler(new Cleaner(List.of()), IngestOptions.NONE);

    Article cleaned = build(standard, draft(null, null, TITLE, null, null, BODY));
    Article raw = build(noRules, draft(null, null, TITLE, null, null, BODY));

    assertThat(cleaned.text()).isNotEqualTo(raw.text());
    assertThat(cleaned.id()).isEqualTo(raw.id());
    assertThat(cleaned.contentHash()).isNotEqualTo(raw.contentHash());
  }

  @Test
  void assemble_whitespaceAndQuoteVariants_sameId() {
    Article plain = build(standard, draft(null, null, TITLE, null, null, "Pompeo said \"no\".\n\nHe left."));
    Article typographic = build(standard, draft(null, null, " Pompeo  warns of\u00a0threat ", null, null, "\r\nPompeo said \u201cno\u201d.  \r\n\r\n\r\nHe left.\u200b"));

    assertThat(typographic.id()).isEqualTo(plain.id());
    assertThat(typographic.contentHash()).isEqualTo(plain.contentHash());
  }

  @Test
  void assemble_anyFieldTheEngineSeesChanges_hashChanges() {
    Article base = build(standard, draft("a", "https://x.example/1", TITLE, LocalDate.of(2018, 2, 2), "Wire", BODY));

    assertThat(List.of(
            build(standard, draft("a", "https://x.example/2", TITLE, LocalDate.of(2018, 2, 2), "Wire", BODY)),
            build(standard, draft("a", "https://x.example/1", TITLE + "!", LocalDate.of(2018, 2, 2), "Wire", BODY)),
            build(standard, draft("a", "https://x.example/1", TITLE, LocalDate.of(2018, 2, 3), "Wire", BODY)),
            build(standard, draft("a", "https://x.example/1", TITLE, LocalDate.of(2018, 2, 2), "Post", BODY)),
            build(standard, draft("a", "https://x.example/1", TITLE, LocalDate.of(2018, 2, 2), "Wire", BODY + "\nMore text.")))
        .stream().map(Article::contentHash)).doesNotContain(base.contentHash()).doesNotHaveDuplicates();
    assertThat(build(standard, draft("a", "https://x.example/1", TITLE, LocalDate.of(2018, 2, 2), "Wire", BODY)).contentHash())
        .isEqualTo(base.contentHash());
  }

  @Test
  void assemble_options_fillOnlyWhatIsMissing() {
    ArticleAssembler withDefaults = new ArticleAssembler(Cleaner.standard(), new IngestOptions(LocalDate.of(2000, 1, 1), " Default "));

    Article missing = build(withDefaults, draft(null, null, TITLE, null, " ", BODY));
    Article given = build(withDefaults, draft(null, null, TITLE, LocalDate.of(2018, 2, 2), "Wire", BODY));

    assertThat(missing.published()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(missing.source()).isEqualTo("Default");
    assertThat(given.published()).isEqualTo(LocalDate.of(2018, 2, 2));
    assertThat(given.source()).isEqualTo("Wire");
  }

  @Test
  void assemble_titleOnly_isAnArticleWithJustTheTitle() {
    Article article = build(standard, draft("18", null, "WHEAT TENDER SET FOR MONDAY", null, null, ""));

    assertThat(article.text()).isEqualTo("WHEAT TENDER SET FOR MONDAY");
  }

  @Test
  void assemble_nothingAtAll_emptyArticle() {
    ReadResult result = standard.assemble(draft("99", null, "", null, null, "  \n "));

    assertThat(result).isInstanceOfSatisfying(ReadResult.Rejected.class, rejected -> {
      assertThat(rejected.rejection().code()).isEqualTo(ErrorCode.EMPTY_ARTICLE);
      assertThat(rejected.rejection().input()).isEqualTo("test:1");
    });
  }
}
