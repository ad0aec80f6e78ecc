package dev.dossier.resolve;

import static dev.dossier.resolve.Docs.doc;
import static dev.dossier.resolve.Docs.misc;
import static dev.dossier.resolve.Docs.org;
import static dev.dossier.resolve.Docs.person;
import static dev.dossier.resolve.Docs.place;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.Layers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolverTest {

  private static final LocalDate FEB_2018 = LocalDate.of(2018, 2, 2);

  private final Resolver resolver = Resolver.standard();
  private final InMemoryEntityMemory memory = new InMemoryEntityMemory();

  private Map<String, EntityLink> links(Doc doc) {
    return EntityLinks.byEntity(resolver.link(doc, memory).get(Layers.LINKS));
  }

  @Test
  void link_surnameWithRussianIntelligenceContext_resolvesToKnowledgeBasePerson() {
    Doc doc = doc("a", FEB_2018,
        "Naryshkin is among the senior Russian defense and intelligence officials who had previously been sanctioned by the Obama administration.",
        person("Naryshkin"), misc("Russian"), person("Obama"));

    Map<String, EntityLink> links = links(doc);

    assertThat(links.get("person:naryshkin").resolvedId()).isEqualTo("person:sergey-naryshkin");
    assertThat(links.get("person:naryshkin").name()).isEqualTo("Sergey Naryshkin");
    assertThat(links.get("misc:russian").resolvedId()).isEqualTo("location:russia");
    assertThat(links.get("misc:russian").method()).isEqualTo("demonym");
  }

  @Test
  void link_surnameWithoutAnySupport_startsItsOwnEntity() {
    Doc doc = doc("a", null, "Brown said the bakery would open again on Monday.", person("Brown"));

    assertThat(links(doc).get("person:brown").resolvedId()).isEqualTo("person:brown");
  }

  @Test
  void link_transliterationVariantsAcrossArticles_oneEntity() {
    Doc first = doc("a", FEB_2018, "Russian spy chief Sergei Naryshkine met U.S. officials in Washington.", person("Sergei Naryshkine"), place("Washington"));
    Doc second = doc("b", FEB_2018, "Сергей Нарышкин прибыл в Вашингтон.", person("Сергей Нарышкин"));

    String a = links(first).get("person:sergei-naryshkine").resolvedId();
    String b = links(second).values().iterator().next().resolvedId();

    assertThat(a).isEqualTo("person:sergey-naryshkin").isEqualTo(b);
  }

  @Test
  void link_capitalUsedForItsGovernment_staysTheCityWithItsCountry() {
    Doc doc = doc("a", FEB_2018, "The sanctions were imposed over attempts to interfere in the election, for which Washington blames Moscow.",
        place("Washington"), place("Moscow"));

    Map<String, EntityLink> links = links(doc);

    assertThat(links.get("location:moscow").resolvedId()).isEqualTo("location:moscow");
    assertThat(resolver.knowledgeBase().byResolvedId("location:moscow").orElseThrow().country()).isEqualTo("RU");
    assertThat(links.get("location:washington").resolvedId()).isEqualTo("location:washington-d-c");
  }

  @Test
  void link_acronymInALaterArticle_joinsTheExpansion() {
    Doc first = doc("a", null, "Advanced Micro Devices said it would buy SeaMicro for $334 million.", org("Advanced Micro Devices"), org("SeaMicro"));
    Doc second = doc("b", null, "AMD shares rose after the SeaMicro deal was announced.", org("AMD"), org("SeaMicro"));

    String expansion = links(first).get("organization:advanced-micro-devices").resolvedId();

    assertThat(links(second).get("organization:amd").resolvedId()).isEqualTo(expansion);
  }

  @Test
  void link_twoSmithsWithDifferentCompany_stayTwoAndALoneSmithFollowsItsContext() {
    Doc actor = doc("a", null, "Matt Smith, who plays the Doctor in the BBC series Doctor Who, will leave the show at Christmas.",
        person("Matt Smith"), org("BBC"), misc("Doctor Who"));
    Doc banker = doc("b", null, "John Smith, chief executive of the Royal Bank of Scotland, said profits fell in Edinburgh.",
        person("John Smith"), org("Royal Bank of Scotland"), place("Edinburgh"));
    Doc loneActor = doc("c", null, "Smith told the BBC that filming Doctor Who had been the best years of his life.", person("Smith"), org("BBC"), misc("Doctor Who"));

    String matt = links(actor).get("person:matt-smith").resolvedId();
    String john = links(banker).get("person:john-smith").resolvedId();
    String lone = links(loneActor).get("person:smith").resolvedId();

    assertThat(matt).isNotEqualTo(john);
    assertThat(lone).isEqualTo(matt);
  }

  @Test
  void link_loneSurnameEquallyAtHomeWithTwoPeople_theDateDecides() {
    Doc younger = doc("a", LocalDate.of(2013, 8, 4), "Matt Smith told the BBC he would leave Doctor Who.", person("Matt Smith"), org("BBC"), misc("Doctor Who"));
    Doc elder = doc("b", LocalDate.of(1994, 5, 12), "John Smith, the Labour leader, died; the BBC interrupted Doctor Who to report it.",
        person("John Smith"), org("BBC"), misc("Doctor Who"));
    Doc lone = doc("c", LocalDate.of(2014, 1, 2), "Smith thanked the BBC and the fans of Doctor Who.", person("Smith"), org("BBC"), misc("Doctor Who"));

    String matt = links(younger).get("person:matt-smith").resolvedId();
    String john = links(elder).get("person:john-smith").resolvedId();

    assertThat(links(lone).get("person:smith").resolvedId()).isEqualTo(matt).isNotEqualTo(john);
  }

  @Test
  void link_shortFormOfAnOrganisationInTheSameArticle_isOneEntity() {
    Doc doc = doc("a", null, "The New Orleans Saints beat Atlanta. The Saints now lead the division.", org("New Orleans Saints"), org("Saints"), place("Atlanta"));

    Map<String, EntityLink> links = links(doc);

    assertThat(links.get("organization:saints").resolvedId()).isEqualTo(links.get("organization:new-orleans-saints").resolvedId());
  }

  @Test
  void link_sameActorInEveryArticle_keepsOneId() {
    Doc first = doc("a", FEB_2018, "CIA Director Mike Pompeo defended the meeting.", person("Mike Pompeo"), org("CIA"));
    Doc second = doc("b", FEB_2018, "Pompeo told the BBC that Russia was still a threat.", person("Pompeo"), org("BBC"), place("Russia"));
    Doc third = doc("c", FEB_2018, "Michael Pompeo, the director of the Central Intelligence Agency, spoke in Washington.",
        person("Michael Pompeo"), org("Central Intelligence Agency"), place("Washington"));

    String a = links(first).get("person:mike-pompeo").resolvedId();
    String b = links(second).get("person:pompeo").resolvedId();
    String c = links(third).get("person:michael-pompeo").resolvedId();
    String cia = links(first).get("organization:cia").resolvedId();

    assertThat(a).isEqualTo("person:mike-pompeo").isEqualTo(b).isEqualTo(c);
    assertThat(links(third).get("organization:central-intelligence-agency").resolvedId()).isEqualTo(cia).isEqualTo("organization:central-intelligence-agency");
  }

  @Test
  void link_curationsApplied_mergeSplitRenameDelete() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    CurationRules rules = new CurationRules(List.of(
        new Curation(1, "merge", "person:mike-pompeo", "person:pompeo-junior", "", "test", now, "same man"),
        new Curation(2, "rename", "person:mike-pompeo", "Michael R. Pompeo", "", "test", now, ""),
        new Curation(3, "delete", "organization:more-news", "", "", "test", now, "link spam")));
    Resolver curated = resolver.withRules(rules);
    Doc doc = doc("a", null, "Pompeo Junior spoke. More News followed.", person("Pompeo Junior"), org("More News"));

    Map<String, EntityLink> links = EntityLinks.byEntity(curated.link(doc, memory).get(Layers.LINKS));

    assertThat(links.get("person:pompeo-junior").resolvedId()).isEqualTo("person:mike-pompeo");
    assertThat(links.get("person:pompeo-junior").name()).isEqualTo("Michael R. Pompeo");
    assertThat(links.get("organization:more-news").method()).isEqualTo(EntityLink.DELETED);
    assertThat(EntityLinks.resolved(curated.link(doc, new InMemoryEntityMemory()))).extracting(e -> e.id()).containsExactly("person:mike-pompeo");
  }
}
