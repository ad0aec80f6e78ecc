package dev.dossier.store;

import dev.dossier.core.Event;
import dev.dossier.core.EventLink;
import dev.dossier.core.Producer;
import java.util.List;

/**
 * An article's stored events as the pipeline wrote them, with in-article entity ids, the instance
 * each was merged into and the stage that wrote them: what a correction or a rebuild puts back on
 * the document it rewrites.
 */
public record StoredEventLayer(List<Event> events, List<EventLink> links, Producer producer) {

  public StoredEventLayer {
    events = List.copyOf(events);
    links = List.copyOf(links);
  }
}
