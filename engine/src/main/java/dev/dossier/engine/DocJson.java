package dev.dossier.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Quote;
import dev.dossier.core.Removal;
import dev.dossier.core.ReusedPassage;
import dev.dossier.core.SanctionsHit;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import dev.dossier.core.Spin;
import dev.dossier.engine.quality.AttributionConflict;
import dev.dossier.engine.quality.Quality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an analysed article: the output contract of {@code dossier analyze --format
 * jsonl} and {@code dossier show --format json}. Field names are a public contract: later
 * versions add fields but never rename or remove these.
 *
 * <pre>{@code
 * {"id", "title", "published", "source", "url", "text",
 *  "removed":  [{"text", "reason"}],
 *  "entities": [{"id", "name", "type", "aliases", "mentions": [{"start", "end", "text"}],
 *                "kb", "sanctions": [{"list", "entry", "name", "programs", "score", "evidence", "reasons"}]}],
 *  "dates":    [{"text", "value", "start", "end"}],
 *  "quotes":   [{"text", "start", "end", "kind", "parts": [{"start", "end"}],
 *                "speaker": {"name", "entity", "anonymous", "description", "start", "end", "text"} | null,
 *                "cue", "cueStart", "cueEnd", "addressee"}],
 *  "events":   [{"id", "mention", "type", "cameo", "mode",
 *                "source": {"name", "entity", "country", "sector", "text", "start", "end"} | null, "target": {...} | null,
 *                "date", "dateText", "place": {"name", "entity", "start", "end"} | null, "negated", "hedged",
 *                "attribution": {"name", "entity", "anonymous", "text", "start", "end", "quote": {"start", "end"} | null} | null,
 *                "quote": {"start", "end"} | null, "main", "trigger", "sentence", "sentenceStart", "sentenceEnd", "start", "end"}],
 *  "reuse":    [{"start", "end", "source_article", "source_start", "source_end", "kind",
 *                "spins": [{"start", "end", "text", "original"}]}],
 *  "story",
 *  "quality":  {"removed": {reason: count}, "reuse_ratio", "copies_from", "shared_quotes",
 *               "spin_substitutions", "sentence_order_incoherence",
 *               "conflicting_attributions": [{"start", "end", "text", "speaker", "speaker_entity",
 *                 "other_article", "other_start", "other_end", "other_speaker",
 *                 "other_speaker_entity", "kind", "similarity"}],
 *               "claims", "unattributed_claims": [{"start", "end", "text"}]}}
 * }</pre>
 *
 * <p>Entities are the resolved ones: each in-article entity is translated through the article's
 * links ({@link EntityLinks#resolved}), so {@code id} is the corpus-wide id, {@code name} the
 * canonical name, {@code aliases} the names this article uses, {@code kb} the knowledge-base id
 * (a Wikidata QID where known) or {@code null}, and {@code sanctions} the entity's sanctions hits
 * with the article's sentence as {@code evidence}. A layer that refers to an entity by its
 * in-article id (a quote's speaker, an event's actor) translates it with {@link
 * EntityLinks#resolvedId} so that it matches these ids.
 *
 * <p>A quote's {@code kind} is {@code direct}, {@code partial} or {@code reported}; {@code parts}
 * are the pieces of a quote its attribution splits, and {@code start}/{@code end} run from the
 * first to the last. {@code speaker.entity} is the id of an entity in this article's {@code
 * entities} (translated as above), or {@code null}; {@code speaker.start}/{@code end}/{@code text}
 * say where the speaker is named for this quote ("he"). {@code cue} and {@code addressee} may be
 * {@code null}.
 *
 * <p>An event's {@code id} is the event instance it mentions (the same id for the same real-world
 * event in every article; see the engine's {@code EventInstances}), {@code mention} its id within
 * the article; {@code type} is PLOVER's, {@code cameo} the CAMEO code or {@code null}; an actor's
 * {@code entity} is a resolved id or {@code null}, {@code country} the country the text ties it to,
 * {@code sector} an agent code such as {@code GOV}, {@code MIL}, {@code INTEL}. {@code date} is the
 * date the sentence gives ({@code dateText}) or, when {@code dateText} is {@code null}, the
 * publication date. {@code attribution} is who reports the event ("CNN reported"), with the quote
 * that does; {@code quote} is the quote a statement event is; {@code main} marks the sentence's main
 * event. {@code start}/{@code end} are the trigger's, {@code sentenceStart}/{@code sentenceEnd} the
 * evidence sentence's.
 *
 * <p>{@code reuse}, {@code story} and {@code quality} come from the cross-document step ({@link
 * Recycler}) and are present when the caller has its findings ({@link #toJson(Doc, Recycling)}).
 * {@code kind} is {@code copied} or {@code shared_quote}; {@code source_start}/{@code source_end}
 * point into the source article's text; {@code story} is a story id such as {@code story:12};
 * {@code reuse_ratio} is the share of the text's characters copied from earlier articles and
 * {@code sentence_order_incoherence} the share of random sentence orders that read at least as
 * smoothly (about 0.5 for shuffled text, {@code null} for short articles). {@code
 * conflicting_attributions} are the article's quotations that it or another article credits, in
 * near-same words, to a speaker who cannot be the one credited here ({@code kind} {@code named},
 * or the weaker {@code anonymous} when one side is an unnamed source; {@code other_start}/{@code
 * other_end} point into {@code other_article}'s text); {@code claims} counts the sentences that
 * make a claim about a named actor ({@code null} without a quotes layer), and {@code
 * unattributed_claims} are those no attribution covers.
 *
 * <p>{@code text} is the cleaned text, headline first; every {@code start}/{@code end} is a
 * half-open character offset into it (UTF-16 code units, as Java and JavaScript count). {@code
 * published} is an ISO date or {@code null}. Thread-safe.
 */
public final class DocJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DocJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode toJson(Doc doc) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", doc.id());
    json.put("title", doc.article().title());
    json.put("published", doc.article().published() == null ? null : doc.article().published().toString());
    json.put("source", doc.article().source());
    json.put("url", doc.article().url());
    json.put("text", doc.text());
    ArrayNode removed = json.putArray("removed");
    for (Removal removal : doc.article().removed()) {
      removed.addObject().put("text", removal.text()).put("reason", removal.reason());
    }
    ArrayNode entities = json.putArray("entities");
    if (doc.has(Layers.ENTITIES)) {
      Map<String, String> kbIds = new HashMap<>();
      Map<String, List<SanctionsHit>> hits = new HashMap<>();
      if (doc.has(Layers.LINKS)) {
        Map<String, EntityLink> links = EntityLinks.byEntity(doc.get(Layers.LINKS));
        for (EntityLink link : links.values()) {
          if (link.kbId() != null) {
            kbIds.putIfAbsent(link.resolvedId(), link.kbId());
          }
        }
        if (doc.has(Layers.SANCTIONS)) {
          for (SanctionsHit hit : doc.get(Layers.SANCTIONS)) {
            EntityLink link = links.get(hit.entityId());
            if (link != null) {
              hits.computeIfAbsent(link.resolvedId(), k -> new ArrayList<>()).add(hit);
            }
          }
        }
      }
      for (Entity entity : EntityLinks.resolved(doc)) {
        ObjectNode node = entities.addObject();
        node.put("id", entity.id()).put("name", entity.name()).put("type", entity.type().name());
        ArrayNode aliases = node.putArray("aliases");
        entity.aliases().forEach(aliases::add);
        ArrayNode mentions = node.putArray("mentions");
        for (Mention mention : entity.mentions()) {
          mentions.addObject().put("start", mention.span().start()).put("end", mention.span().end()).put("text", mention.text());
        }
        node.put("kb", kbIds.get(entity.id()));
        ArrayNode sanctions = node.putArray("sanctions");
        for (SanctionsHit hit : hits.getOrDefault(entity.id(), List.of())) {
          ObjectNode sanction = sanctions.addObject();
          sanction.put("list", hit.list()).put("entry", hit.entry()).put("name", hit.name());
          ArrayNode programs = sanction.putArray("programs");
          hit.programs().forEach(programs::add);
          sanction.put("score", hit.score()).put("evidence", hit.evidence());
          ArrayNode reasons = sanction.putArray("reasons");
          hit.reasons().forEach(reasons::add);
        }
      }
    }
    ArrayNode dates = json.putArray("dates");
    if (doc.has(Layers.DATES)) {
      for (DateMention date : doc.get(Layers.DATES)) {
        dates.addObject().put("text", date.text()).put("value", date.value()).put("start", date.span().start()).put("end", date.span().end());
      }
    }
    ArrayNode quotes = json.putArray("quotes");
    if (doc.has(Layers.QUOTES)) {
      for (Quote quote : doc.get(Layers.QUOTES)) {
        quotes.add(quote(quote, doc));
      }
    }
    EventJson.write(doc, json.putArray("events"));
    return json;
  }

  private static ObjectNode quote(Quote quote, Doc doc) {
    String text = doc.text();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("text", quote.text()).put("start", quote.span().start()).put("end", quote.span().end()).put("kind", quote.kind().label());
    ArrayNode parts = node.putArray("parts");
    for (Span part : quote.parts()) {
      parts.addObject().put("start", part.start()).put("end", part.end());
    }
    Speaker speaker = quote.speaker();
    if (speaker == null) {
      node.putNull("speaker");
    } else {
      node.putObject("speaker")
          .put("name", speaker.name())
          .put("entity", speaker.entity() == null ? null : EntityLinks.resolvedId(doc, speaker.entity()).orElse(null))
          .put("anonymous", speaker.anonymous())
          .put("description", speaker.description())
          .put("start", speaker.span().start())
          .put("end", speaker.span().end())
          .put("text", speaker.span().of(text));
    }
    node.put("cue", quote.cueText());
    if (quote.cue() != null) {
      node.put("cueStart", quote.cue().start()).put("cueEnd", quote.cue().end());
    }
    node.put("addressee", quote.addressee());
    return node;
  }

  /** The article with the cross-document step's findings: reuse, story and quality. */
  public static ObjectNode toJson(Doc doc, Recycling recycling) {
    ObjectNode json = toJson(doc);
    ArrayNode reuse = json.putArray("reuse");
    for (ReusedPassage passage : recycling.reuse()) {
      ObjectNode node = reuse.addObject();
      node.put("start", passage.span().start()).put("end", passage.span().end()).put("source_article", passage.sourceArticle());
      node.put("source_start", passage.sourceSpan().start()).put("source_end", passage.sourceSpan().end()).put("kind", passage.kind().label());
      ArrayNode spins = node.putArray("spins");
      for (Spin spin : passage.spins()) {
        spins.addObject().put("start", spin.span().start()).put("end", spin.span().end()).put("text", spin.text()).put("original", spin.original());
      }
    }
    json.put("story", recycling.story());
    Quality quality = recycling.quality();
    ObjectNode node = json.putObject("quality");
    ObjectNode removed = node.putObject("removed");
    quality.removed().forEach(removed::put);
    node.put("reuse_ratio", Math.round(quality.reuseRatio() * 10_000) / 10_000.0);
    ArrayNode sources = node.putArray("copies_from");
    quality.copiesFrom().forEach(sources::add);
    node.put("shared_quotes", quality.sharedQuotes());
    node.put("spin_substitutions", quality.spins());
    node.put("sentence_order_incoherence", quality.sentenceOrderIncoherence());
    ArrayNode conflicts = node.putArray("conflicting_attributions");
    for (AttributionConflict conflict : quality.conflictingAttributions()) {
      conflicts.addObject()
          .put("start", conflict.span().start())
          .put("end", conflict.span().end())
          .put("text", conflict.text())
          .put("speaker", conflict.speaker())
          .put("speaker_entity", conflict.speakerEntity())
          .put("other_article", conflict.otherArticle())
          .put("other_start", conflict.otherSpan().start())
          .put("other_end", conflict.otherSpan().end())
          .put("other_speaker", conflict.otherSpeaker())
          .put("other_speaker_entity", conflict.otherSpeakerEntity())
          .put("kind", conflict.kind().label())
          .put("similarity", conflict.similarity());
    }
    node.put("claims", quality.claims());
    ArrayNode claims = node.putArray("unattributed_claims");
    for (Span claim : quality.unattributedClaims()) {
      claims.addObject().put("start", claim.start()).put("end", claim.end()).put("text", claim.of(doc.text()));
    }
    return json;
  }

  /** {@link #toJson(Doc, Recycling)} on one line. */
  public static String toLine(Doc doc, Recycling recycling) {
    return toJson(doc, recycling).toString();
  }

  /** One line of JSONL: the object without line breaks. */
  public static String toLine(Doc doc) {
    return toJson(doc).toString();
  }
}
