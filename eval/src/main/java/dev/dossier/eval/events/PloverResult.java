package dev.dossier.eval.events;

import java.util.List;
import java.util.Map;

/**
 * Dossier's scores on PLOVER records (the rule is {@link PloverScorer}'s).
 *
 * @param records records scored
 * @param typeAccuracy share of records whose main event has the gold type
 * @param type type precision (over records with an event), recall and F1
 * @param triples (source, target, type) triple precision, recall and F1
 * @param sourceAccuracy share of records where some main event's source matches a gold source
 * @param targetAccuracy share of records where some main event's target matches a gold target (or both are missing)
 * @param accuracyByType type accuracy per gold type
 * @param recordsByType records per gold type
 * @param confusion gold type to predicted type ("none" for no event) to count
 * @param wrongTypes the records whose type was wrong: id, gold, prediction, trigger, sentence
 * @param wrongActors the records of the right type whose triples did not all match
 */
public record PloverResult(
    int records,
    double typeAccuracy,
    Score type,
    Score triples,
    double sourceAccuracy,
    double targetAccuracy,
    Map<String, Double> accuracyByType,
    Map<String, Integer> recordsByType,
    Map<String, Map<String, Integer>> confusion,
    List<String> wrongTypes,
    List<String> wrongActors) {}
