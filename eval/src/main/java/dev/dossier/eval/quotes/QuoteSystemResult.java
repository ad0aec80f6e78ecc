package dev.dossier.eval.quotes;

import java.util.List;
import java.util.Map;

/**
 * One system's scores on the evaluated articles.
 *
 * @param name the system's name
 * @param description what ran
 * @param quoted attributions whose content is in quotation marks: direct quotes
 * @param unquoted the others: reported speech, with or without a few quoted words
 * @param all both together
 * @param loadSeconds model loading time
 * @param seconds time to find the quotes in all articles, one thread
 * @param missedCues the cues of the gold attributions missed most often, with counts
 * @param boundaryErrors per class (quoted, unquoted), the missed gold attributions that a prediction
 *     overlaps too little to match: found, with wrong boundaries
 * @param missed examples of missed gold attributions: class | source | cue | content, and the
 *     prediction overlapping it most, if any
 * @param spurious examples of predictions matching no gold attribution: class and kind | speaker | cue | content
 * @param wrongSpeakers examples of matches with the wrong speaker: gold | predicted | content
 */
public record QuoteSystemResult(
    String name,
    String description,
    ClassScore quoted,
    ClassScore unquoted,
    ClassScore all,
    double loadSeconds,
    double seconds,
    Map<String, Integer> missedCues,
    Map<String, Integer> boundaryErrors,
    List<String> missed,
    List<String> spurious,
    List<String> wrongSpeakers) {}
