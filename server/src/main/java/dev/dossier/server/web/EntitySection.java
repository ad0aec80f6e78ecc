package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import dev.dossier.store.EntityProfile;

/**
 * One section of an entity's dossier page. Sanctions with their evidence, quotes by the entity
 * and its events each become one more implementation, added to the list {@link WebRoutes} gives
 * {@link EntityPage}; the page and its navigation need no change.
 */
interface EntitySection {

  /** The heading, also the section's anchor ({@code #timeline}). */
  String title();

  /** False to leave the section out for this entity. */
  boolean appliesTo(EntityProfile entity);

  void render(EntityProfile entity, Html html);
}
