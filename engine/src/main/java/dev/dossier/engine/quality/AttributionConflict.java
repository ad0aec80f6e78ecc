package dev.dossier.engine.quality;

import dev.dossier.core.Span;
import java.util.Locale;
import java.util.Objects;

/**
 * One quotation of an article that the same or another article credits, in near-same words, to a
 * speaker who cannot be the one credited here.
 *
 * @param span the quoted words in this article
 * @param text those words
 * @param speaker whom this article credits them to (several names joined by {@code " / "} when
 *     it credits a chain: "CNN / multiple officials")
 * @param speakerEntity the resolved entity id of that speaker, or {@code null}
 * @param otherArticle the article that credits them to someone else (this one, for a conflict
 *     within the article)
 * @param otherSpan the quoted words there
 * @param otherSpeaker whom that article credits them to
 * @param otherSpeakerEntity the resolved entity id of that speaker, or {@code null}
 * @param kind {@link Kind#NAMED} or the weaker {@link Kind#ANONYMOUS}
 * @param similarity how alike the two quotations' words are (aligned terms, synonyms counting),
 *     from 0 to 1
 */
public record AttributionConflict(
    Span span, String text, String speaker, String speakerEntity, String otherArticle, Span otherSpan, String otherSpeaker, String otherSpeakerEntity, Kind kind,
    double similarity) {

  /** How strong a conflict is. */
  public enum Kind {
    /** Named speakers on both sides, who are not one entity and share no name. */
    NAMED,
    /**
     * A named speaker on one side, only unnamed ones on the other (anonymous sources, or a role
     * such as "vice-president of GM Overseas"): possibly the same source unnamed.
     */
    ANONYMOUS;

    /** The lower-case name used in JSON and in the store. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@link #label()}. */
    public static Kind parse(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  public AttributionConflict {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(otherArticle, "otherArticle");
    Objects.requireNonNull(otherSpan, "otherSpan");
    Objects.requireNonNull(kind, "kind");
  }
}
