package dev.dossier.eval.ner;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One system's scores, speed and errors on the evaluated documents.
 *
 * @param name short name, such as {@code dossier} or {@code corenlp-default}
 * @param description what exactly ran
 * @param byType exact-match scores per CoNLL type
 * @param overall micro-averaged scores over all types
 * @param loadSeconds time to load the models, not counted in the speed
 * @param labelSeconds wall-clock time spent labelling, on one thread
 * @param tokensPerSecond gold tokens labelled per second of {@code labelSeconds}
 * @param errorsByKind how many errors of each kind
 * @param confusions the most frequent kinds of error, most frequent first
 */
public record SystemResult(
    String name,
    String description,
    Map<String, TypeScore> byType,
    TypeScore overall,
    double loadSeconds,
    double labelSeconds,
    double tokensPerSecond,
    Map<ErrorKind, Integer> errorsByKind,
    List<Confusion> confusions) {

  public SystemResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    byType = Collections.unmodifiableMap(new TreeMap<>(byType));
    Objects.requireNonNull(overall, "overall");
    Map<ErrorKind, Integer> kinds = new EnumMap<>(ErrorKind.class);
    kinds.putAll(errorsByKind);
    errorsByKind = Collections.unmodifiableMap(kinds);
    confusions = List.copyOf(confusions);
  }
}
