package dev.dossier.nlp;

import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Span;
import dev.dossier.core.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name the recogniser found once in an article is a name wherever it recurs there. The CRF labels
 * each sentence alone and misses a name in a sentence whose other words mislead it ("startup
 * SeaMicro's servers" after "SeaMicro" was found); a later occurrence of the same capitalised
 * words, on token boundaries and tagged as proper nouns, becomes a mention of the same type.
 *
 * <p>Lone words that are also months or weekdays ("May", "August") are not carried over: they
 * are dates more often than names.
 */
final class NamePropagation {

  private static final Set<String> CALENDAR_WORDS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private NamePropagation() {}

  static List<Mention> propagate(Doc doc, List<Mention> mentions) {
    Map<String, EntityType> names = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      String text = mention.text();
      if (text.length() >= 2 && Character.isUpperCase(text.charAt(0)) && !CALENDAR_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
        names.putIfAbsent(text, mention.type());
      }
    }
    if (names.isEmpty()) {
      return mentions;
    }
    List<Token> tokens = doc.get(Layers.TOKENS);
    Map<Integer, Integer> tokenAtStart = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      tokenAtStart.put(tokens.get(i).span().start(), i);
    }
    String text = doc.text();
    List<Mention> result = new ArrayList<>(mentions);
    List<Span> taken = new ArrayList<>(mentions.stream().map(Mention::span).toList());
    for (Map.Entry<String, EntityType> name : names.entrySet()) {
      String surface = name.getKey();
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        Span span = new Span(at, at + surface.length());
        if (taken.stream().anyMatch(s -> s.overlaps(span)) || !onProperNouns(tokens, tokenAtStart, span)) {
          continue;
        }
        result.add(new Mention(span, surface, name.getValue()));
        taken.add(span);
      }
    }
    result.sort(Comparator.comparing(Mention::span));
    return result;
  }

  /** True if the span starts and ends on token boundaries and every token in it is a proper noun. */
  private static boolean onProperNouns(List<Token> tokens, Map<Integer, Integer> tokenAtStart, Span span) {
    Integer first = tokenAtStart.get(span.start());
    if (first == null) {
      return false;
    }
    for (int i = first; i < tokens.size() && tokens.get(i).span().start() < span.end(); i++) {
      Token token = tokens.get(i);
      if (token.span().end() > span.end()) {
        return false;
      }
      if (token.pos() == null || !token.pos().startsWith("NNP")) {
        return false;
      }
      if (token.span().end() == span.end()) {
        return true;
      }
    }
    return false;
  }
}
