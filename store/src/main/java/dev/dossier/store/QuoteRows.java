package dev.dossier.store;

import dev.dossier.core.Doc;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.Layers;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * How a {@link Quote} is kept in the {@code quotes} table and read back. Parts are stored as
 * {@code start-end} pairs joined by commas ({@code 120-180,195-240}).
 */
final class QuoteRows {

  static final String INSERT =
      "INSERT INTO quotes (article_id, ord, start_offset, end_offset, parts, text, kind, speaker_name, speaker_entity, speaker_anonymous, "
          + "speaker_description, speaker_start, speaker_end, cue, cue_start, cue_end, addressee, published, producer) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** The columns {@link #read} expects, in order, prefixed by the article's id, title and date. */
  static final String COLUMNS =
      "q.article_id, a.title, q.published, q.start_offset, q.end_offset, q.parts, q.text, q.kind, q.speaker_name, q.speaker_entity, "
          + "q.speaker_anonymous, q.speaker_description, q.speaker_start, q.speaker_end, q.cue, q.cue_start, q.cue_end, q.addressee";

  private QuoteRows() {}

  static void add(PreparedStatement insert, Doc doc, String producer) throws SQLException {
    String published = doc.article().published() == null ? null : doc.article().published().toString();
    int ord = 0;
    for (Quote quote : doc.get(Layers.QUOTES)) {
      insert.setString(1, doc.id());
      insert.setInt(2, ord++);
      insert.setInt(3, quote.span().start());
      insert.setInt(4, quote.span().end());
      insert.setString(5, parts(quote.parts()));
      insert.setString(6, quote.text());
      insert.setString(7, quote.kind().label());
      Speaker speaker = quote.speaker();
      BatchWriter.setNullable(insert, 8, speaker == null ? null : speaker.name());
      // Rows are keyed by the resolved entity, like the mentions, so that queries by entity id
      // find what an actor said in every article; the layer itself keeps the in-article id.
      BatchWriter.setNullable(insert, 9, speaker == null || speaker.entity() == null ? null : EntityLinks.resolvedId(doc, speaker.entity()).orElse(null));
      insert.setInt(10, speaker != null && speaker.anonymous() ? 1 : 0);
      BatchWriter.setNullable(insert, 11, speaker == null ? null : speaker.description());
      setNullableInt(insert, 12, speaker == null ? null : speaker.span().start());
      setNullableInt(insert, 13, speaker == null ? null : speaker.span().end());
      BatchWriter.setNullable(insert, 14, quote.cueText());
      setNullableInt(insert, 15, quote.cue() == null ? null : quote.cue().start());
      setNullableInt(insert, 16, quote.cue() == null ? null : quote.cue().end());
      BatchWriter.setNullable(insert, 17, quote.addressee());
      BatchWriter.setNullable(insert, 18, published);
      insert.setString(19, producer);
      insert.addBatch();
    }
  }

  /** The quote on the current row of a query selecting {@link #COLUMNS}. */
  static StoredQuote read(ResultSet row) throws SQLException {
    Speaker speaker = null;
    String name = row.getString(9);
    if (name != null) {
      speaker = new Speaker(name, row.getString(10), row.getInt(11) == 1, row.getString(12), new Span(row.getInt(13), row.getInt(14)));
    }
    String cueText = row.getString(15);
    Span cue = cueText == null ? null : new Span(row.getInt(16), row.getInt(17));
    Quote quote = new Quote(new Span(row.getInt(4), row.getInt(5)), parts(row.getString(6)), row.getString(7), QuoteKind.parse(row.getString(8)),
        speaker, cue, cueText, row.getString(18));
    return new StoredQuote(row.getString(1), row.getString(2), ArticleReader.date(row.getString(3)), quote);
  }

  static String parts(List<Span> parts) {
    StringBuilder text = new StringBuilder();
    for (Span part : parts) {
      if (!text.isEmpty()) {
        text.append(',');
      }
      text.append(part.start()).append('-').append(part.end());
    }
    return text.toString();
  }

  static List<Span> parts(String text) {
    List<Span> parts = new ArrayList<>();
    for (String pair : text.split(",")) {
      int dash = pair.indexOf('-');
      parts.add(new Span(Integer.parseInt(pair.substring(0, dash)), Integer.parseInt(pair.substring(dash + 1))));
    }
    return parts;
  }

  private static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }
}
