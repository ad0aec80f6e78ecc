package dev.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The order of a key's ids breaks ties between equally supported candidates, so it must follow
 * what the memory holds (most articles, then id), never the order it was filled in or hashing.
 */
class InMemoryEntityMemoryTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2018, 7, 13);
  private static final String KEY = "n:internet research agency";

  /** One article naming the organisations, each under the shared key. */
  private static ArticleResolution article(String articleId, String... resolvedIds) {
    List<EntityLink> links = new ArrayList<>();
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    for (String id : resolvedIds) {
      links.add(new EntityLink(id, id, id.substring(id.indexOf(':') + 1), EntityType.ORGANIZATION, null, "new", 1.0));
      keys.put(id, Set.of(KEY));
    }
    return new ArticleResolution(articleId, PUBLISHED, links, keys);
  }

  @Test
  void lookup_equallyMentionedIdsRecordedInEitherOrder_sameOrderById() {
    InMemoryEntityMemory forward = new InMemoryEntityMemory();
    InMemoryEntityMemory backward = new InMemoryEntityMemory();
    forward.record(article("a", "organization:internet-research-agency", "organization:internet-research-agency-llc"));
    backward.record(article("a", "organization:internet-research-agency-llc", "organization:internet-research-agency"));

    assertThat(forward.lookup(KEY)).containsExactly("organization:internet-research-agency", "organization:internet-research-agency-llc");
    assertThat(backward.lookup(KEY)).containsExactlyElementsOf(forward.lookup(KEY));
  }

  @Test
  void lookup_oneIdInMoreArticles_comesFirst() {
    InMemoryEntityMemory memory = new InMemoryEntityMemory();
    memory.record(article("a", "organization:internet-research-agency", "organization:internet-research-agency-llc"));
    memory.record(article("b", "organization:internet-research-agency-llc"));

    assertThat(memory.lookup(KEY)).containsExactly("organization:internet-research-agency-llc", "organization:internet-research-agency");
  }

  @Test
  void articleResolution_manyResolvedIds_keysIteratedInTheGivenOrder() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add("organization:agency-" + i);
    }

    ArticleResolution resolution = article("a", ids.toArray(String[]::new));

    assertThat(resolution.keys().keySet()).containsExactlyElementsOf(ids);
  }
}
