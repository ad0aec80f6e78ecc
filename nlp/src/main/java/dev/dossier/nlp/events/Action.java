package dev.dossier.nlp.events;

/**
 * A coded action found at a token of a parsed sentence, before its actors are read: what happened
 * (a CAMEO code), where the words that say so stand, and where its arguments are to be read.
 * Mutable while a sentence is read; not shared.
 */
final class Action {

  /** The CAMEO code. */
  String code;
  /** The mode, or null for the code's own. */
  String mode;
  /** The token that names the event: the frame word for a combined action ("threatened" in "threatened to cut off"). */
  int trigger;
  /** The token whose dependents are the action's source and target: a verb, an adjective or the event noun. */
  int clause;
  /** The governed action a frame, a light verb or a stop verb was combined with, or null. */
  Action inner;
  /** The lexicon entry that coded the trigger. */
  Lexicon.Entry entry;
  /** True if a frame's negation is the event's ("did not refuse"); a negation that made a refusal is not. */
  boolean negated;
  /** A token whose subject is the target ("demanded that <i>the US</i> match"), or -1. */
  int targetFrom = -1;
  /** True if the source is whoever reports the sentence: a speaker calling a report false, or saying a country must act. */
  boolean sourceIsReporter;
  /** True if a light verb carries the event noun ("were engaged in ethnic cleansing"): its subject acts, passive or not. */
  boolean lightVerb;
  /** True once a negation has been folded into the code (a refusal), so it is not flagged again. */
  boolean negationUsed;
  /** The first and last tokens of the trigger's words: a particle or modifier the entry names belongs to it ("hunger strike"). */
  int first;
  int last;

  Action(String code, String mode, int trigger, int clause, Lexicon.Entry entry) {
    this.code = code;
    this.mode = mode;
    this.trigger = trigger;
    this.clause = clause;
    this.entry = entry;
    this.first = trigger;
    this.last = trigger;
  }
}
