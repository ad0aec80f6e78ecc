package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import dev.dossier.store.EntityProfile;

/**
 * One section of an entity's dossier page: sanctions with their evidence, co-mentions, quotes by
 * and about it, its events, its timeline, articles, names, corrections, each an implementation in
 * the list of {@link EntitySections#standard}; the page and its navigation need no change.
 */
interface EntitySection {

  /** The heading, also the section's anchor ({@code #timeline}). */
  String title();

  /** False to leave the section out for this entity. */
  boolean appliesTo(EntityProfile entity);

  void render(EntityProfile entity, Html html);
}
