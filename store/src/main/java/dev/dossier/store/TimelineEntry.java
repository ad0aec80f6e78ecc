package dev.dossier.store;

import dev.dossier.core.Span;
import java.time.LocalDate;

/**
 * A date the articles speak of, placed on a timeline: one date expression of one article with the
 * sentence it stands in.
 *
 * @param day the first day of the period the expression denotes: the day itself, the first of the
 *     month, the Monday of the ISO week, or the first of January of the year
 * @param value the normalised ISO-8601 value ({@code 2017-05}, {@code 2018-W04}) as the date stage
 *     wrote it
 * @param text the expression as the article wrote it ("last week")
 * @param articleId the article
 * @param title its headline
 * @param published its publication date, or {@code null}
 * @param context the sentence around the expression, line breaks as spaces, with the expression
 *     and (for an entity's timeline) the entity's mentions in it highlighted
 * @param dateInContext where the expression stands in {@code context.text()}
 */
public record TimelineEntry(
    LocalDate day, String value, String text, String articleId, String title, LocalDate published, Snippet context, Span dateInContext) {}
