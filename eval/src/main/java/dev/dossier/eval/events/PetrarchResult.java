package dev.dossier.eval.events;

import java.util.List;

/**
 * Dossier's scores on PETRARCH2's unit-test records (the rule is {@link PetrarchScorer}'s).
 *
 * @param records records scored
 * @param goldEvents gold events in them
 * @param untyped gold events whose code the CAMEO-to-PLOVER table does not type (left out of type and triple scores)
 * @param type PLOVER type precision, recall and F1 over the sentences' events
 * @param triples (source, target, type) precision, recall and F1
 * @param roots (source, target, CAMEO root) precision, recall and F1, over all gold events
 * @param dyads (source, target) precision, recall and F1 whatever the type, over all gold events
 * @param actorsCoded share of Dossier's actors the dictionaries give a code
 * @param misses records whose gold triples were not all found: id, gold, prediction, sentence
 */
public record PetrarchResult(int records, int goldEvents, int untyped, Score type, Score triples, Score roots, Score dyads, double actorsCoded, List<String> misses) {}
