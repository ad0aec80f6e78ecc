package dev.dossier.core;

import java.util.Locale;

/**
 * The kinds of event Dossier codes: the sixteen event types of PLOVER (the Political Language
 * Ontology for Verifiable Event Records, draft 0.8 of 2021, the successor of CAMEO), in PLOVER's
 * order from cooperation to conflict.
 *
 * <p>PLOVER folds several CAMEO categories into one type and keeps the distinction as a mode: an
 * investigation is {@link #ACCUSE} with mode {@code investigate}, a seizure of property is {@link
 * #COERCE} with mode {@code seize}, an armed attack is {@link #ASSAULT}. Statements, which PLOVER
 * left out, are coded by what they do to their target: a denial is {@link #REJECT}, an accusation or
 * a criticism {@link #ACCUSE}, a warning of force {@link #THREATEN}.
 */
public enum EventType {
  /** Agree to, or express the intent to, cooperate, meet, aid, yield (CAMEO 03). */
  AGREE,
  /** Meet, visit, telephone, negotiate, mediate (CAMEO 04). */
  CONSULT,
  /** Praise, endorse, defend verbally, recognise, apologise, sign a formal agreement (CAMEO 05). */
  SUPPORT,
  /** Yield to a demand, ease restrictions (CAMEO 08 in part). */
  CONCEDE,
  /** Cooperate materially: economically, militarily, judicially, by sharing intelligence (CAMEO 06). */
  COOPERATE,
  /** Provide economic, military or humanitarian aid, protection, asylum (CAMEO 07). */
  AID,
  /** Release people or property, ease sanctions, allow access, withdraw, disarm, cease fire (CAMEO 08 in part). */
  RETREAT,
  /** Ask for or demand cooperation, aid, change, a meeting (CAMEO 02 and 10). */
  REQUEST,
  /** Criticise, accuse, complain, sue, find guilty, investigate (CAMEO 09 and 11). */
  ACCUSE,
  /** Reject, refuse, deny, veto, defy (CAMEO 12). */
  REJECT,
  /** Threaten sanctions, force, an ultimatum (CAMEO 13). */
  THREATEN,
  /** Demonstrate, strike, boycott, block, riot (CAMEO 14). */
  PROTEST,
  /** Reduce or break relations, stop aid, impose sanctions, expel (CAMEO 16). */
  SANCTION,
  /** Put forces or police on alert, mobilise them (CAMEO 15). */
  MOBILIZE,
  /** Seize property, restrict, ban, arrest, deport, blockade, occupy (CAMEO 17 and parts of 19). */
  COERCE,
  /** Attack, bomb, kill, abduct, assassinate, fight (CAMEO 18, 19 and 20). */
  ASSAULT;

  /**
   * Parses a type name case-insensitively. The names of PLOVER's earlier drafts (the 2016 gold
   * standard records) are accepted as their successors: {@code DEMAND} is {@link #REQUEST}, {@code
   * DISAPPROVE} and {@code INVESTIGATE} are {@link #ACCUSE}, {@code FIGHT} is {@link #ASSAULT}.
   *
   * @throws IllegalArgumentException naming the value if it is no PLOVER type
   */
  public static EventType parse(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "DEMAND" -> REQUEST;
      case "DISAPPROVE", "INVESTIGATE" -> ACCUSE;
      case "FIGHT" -> ASSAULT;
      default -> {
        try {
          yield valueOf(upper);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown event type '" + name + "': expected a PLOVER type such as CONSULT, ACCUSE or ASSAULT", e);
        }
      }
    };
  }

  /** True for the types in which the two sides act together, so that source and target may be swapped. */
  public boolean isMutual() {
    return this == CONSULT || this == COOPERATE;
  }
}
