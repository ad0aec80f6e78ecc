package dev.dossier.core;

/** The annotation layers Dossier's stages produce, in the order a full pipeline fills them. */
public final class Layers {

  /** Tokens with part-of-speech tags and lemmas. */
  public static final Layer<Token> TOKENS = new Layer<>("tokens", Token.class);

  /** Sentences, as token ranges. */
  public static final Layer<Sentence> SENTENCES = new Layer<>("sentences", Sentence.class);

  /** Named-entity mentions as the recogniser found them, before grouping. */
  public static final Layer<Mention> MENTIONS = new Layer<>("mentions", Mention.class);

  /** Mentions grouped into the article's entities, each with a canonical name. */
  public static final Layer<Entity> ENTITIES = new Layer<>("entities", Entity.class);

  /** Date expressions normalised against the publication date. */
  public static final Layer<DateMention> DATES = new Layer<>("dates", DateMention.class);

  /** Quotes and reported speech with their speakers, cues and addressees. */
  public static final Layer<Quote> QUOTES = new Layer<>("quotes", Quote.class);

  /** Events: who did what to whom, when and where, according to whom. */
  public static final Layer<Event> EVENTS = new Layer<>("events", Event.class);

  /**
   * Each in-article entity's place in the corpus: the resolved entity it links to. Written by the
   * engine's cross-document resolution, not by a stage.
   */
  public static final Layer<EntityLink> LINKS = new Layer<>("links", EntityLink.class);

  /** Entities found on a sanctions list, with evidence. Written by the engine's screening. */
  public static final Layer<SanctionsHit> SANCTIONS = new Layer<>("sanctions", SanctionsHit.class);

  /**
   * Each in-article event's instance: the real-world event it mentions, merged across sentences
   * and articles. Written by the engine, not by a stage.
   */
  public static final Layer<EventLink> EVENT_LINKS = new Layer<>("event-links", EventLink.class);

  private Layers() {}
}
