package dev.dossier.nlp.quotes;

/**
 * What follows a verb, read shallowly on part-of-speech tags: the shape of the content an
 * attribution cue would introduce. The {@link CueClassifier} weighs each cue together with its
 * shape, for the shape decides more than the verb alone whether it is an attribution: "wants to
 * raise taxes" attributes a wish, "wants money" nothing.
 */
public enum Complement {
  /** A finite clause: "that …", "whether …", or a subject and a verb ("said he would"). */
  CLAUSE,
  /** A to-infinitive: "wants to make tuition free", "declined to comment". */
  INFINITIVE,
  /** A noun phrase object: "endorsed Trump", "called for an investigation". */
  OBJECT,
  /**
   * A passive with its agent: "The proposal was rejected by the voters". What was said, done or
   * judged is the subject before the verb; the agent after "by" is the speaker.
   */
  PASSIVE,
  /** Nothing the verb governs: end of clause, punctuation, another verb. */
  NONE;

  /** The lower-case name used in the cue model's feature names. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
