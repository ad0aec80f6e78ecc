package dev.dossier.nlp.events;

import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Quote;
import dev.dossier.core.Span;
import dev.dossier.core.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the events stage looks up about a document by token: which entity mention covers a token,
 * which date expression, which quote; and the entity mentions in text order, for pronouns. Built
 * once per document; not shared between threads.
 */
final class DocIndex {

  /** An entity mention with the entity it belongs to and its tokens. */
  record EntityMention(Entity entity, Mention mention, int firstToken, int lastToken) {}

  /** A date expression with its last token. */
  record DateAt(DateMention date, int lastToken) {}

  final Doc doc;
  final List<Token> tokens;
  final List<Quote> quotes;
  /** The entity mention covering each token, or null. */
  private final EntityMention[] mentionAt;
  /** Every entity mention in text order. */
  final List<EntityMention> mentions = new ArrayList<>();
  final List<DateAt> dates = new ArrayList<>();
  /** True for the tokens of a date expression. */
  private final boolean[] inDate;
  private final Map<String, Entity> entities = new HashMap<>();

  DocIndex(Doc doc) {
    this.doc = doc;
    this.tokens = doc.get(Layers.TOKENS);
    this.quotes = doc.has(Layers.QUOTES) ? doc.get(Layers.QUOTES) : List.of();
    mentionAt = new EntityMention[tokens.size()];
    inDate = new boolean[tokens.size()];
    int[] starts = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = tokens.get(i).span().start();
    }
    for (Entity entity : doc.get(Layers.ENTITIES)) {
      entities.put(entity.id(), entity);
      for (Mention mention : entity.mentions()) {
        int first = tokenAt(starts, mention.span().start());
        int last = tokenAt(starts, mention.span().end() - 1);
        if (first < 0 || last < first) {
          continue;
        }
        EntityMention indexed = new EntityMention(entity, mention, first, last);
        mentions.add(indexed);
        for (int t = first; t <= last; t++) {
          if (tokens.get(t).span().overlaps(mention.span())) {
            mentionAt[t] = indexed;
          }
        }
      }
    }
    mentions.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
    if (doc.has(Layers.DATES)) {
      for (DateMention date : doc.get(Layers.DATES)) {
        int last = tokenAt(starts, date.span().end() - 1);
        int first = tokenAt(starts, date.span().start());
        if (last >= 0) {
          dates.add(new DateAt(date, last));
          for (int t = Math.max(first, 0); t <= last; t++) {
            inDate[t] = true;
          }
        }
      }
    }
  }

  /** The index of the token holding a character, or -1. */
  private int tokenAt(int[] starts, int character) {
    int at = Arrays.binarySearch(starts, character);
    if (at < 0) {
      at = -at - 2;
    }
    if (at < 0 || at >= tokens.size()) {
      return -1;
    }
    return tokens.get(at).span().end() > character ? at : -1;
  }

  /** The entity mention covering a document token, or null. */
  EntityMention mentionAt(int token) {
    return token >= 0 && token < mentionAt.length ? mentionAt[token] : null;
  }

  /** True if a document token is part of a date expression ("Monday", "last week"). */
  boolean inDate(int token) {
    return token >= 0 && token < inDate.length && inDate[token];
  }

  Entity entity(String id) {
    return entities.get(id);
  }

  /**
   * The nearest entity mention before a character offset that fits a pronoun: a person for "he"
   * and "she", anything but a person for "it", anything for "they"; within {@code window}
   * characters. Null if none.
   */
  EntityMention antecedent(int before, String pronoun, int window) {
    for (int m = mentions.size() - 1; m >= 0; m--) {
      EntityMention candidate = mentions.get(m);
      Span span = candidate.mention().span();
      if (span.end() > before) {
        continue;
      }
      if (before - span.end() > window) {
        return null;
      }
      EntityType type = candidate.entity().type();
      boolean fits = switch (pronoun) {
        case "he", "him", "his", "she", "her" -> type == EntityType.PERSON;
        case "it", "its" -> type == EntityType.ORGANIZATION || type == EntityType.LOCATION;
        default -> type != EntityType.MISC;
      };
      if (fits) {
        return candidate;
      }
    }
    return null;
  }

  /** The quote whose cue covers a character span, or null. */
  Quote quoteWithCue(Span span) {
    for (Quote quote : quotes) {
      if (quote.cue() != null && quote.cue().overlaps(span)) {
        return quote;
      }
    }
    return null;
  }

  /** The quote one of whose parts contains the span, or null. */
  Quote quoteContaining(Span span) {
    for (Quote quote : quotes) {
      for (Span part : quote.parts()) {
        if (part.contains(span)) {
          return quote;
        }
      }
    }
    return null;
  }

  /** The quote whose speaker is named exactly at the span, or null. */
  Quote quoteWithSpeakerAt(Span span) {
    for (Quote quote : quotes) {
      if (quote.speaker() != null && quote.speaker().span().overlaps(span)) {
        return quote;
      }
    }
    return null;
  }
}
