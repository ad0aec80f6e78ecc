package dev.dossier.core;

import java.util.Objects;

/**
 * One side of an {@link Event}: who acted (the source) or whom it was done to (the target).
 *
 * <p>An actor is named by a phrase of the sentence ("Russian operatives", "the CIA", "he"). Where
 * the phrase is, or is headed by, one of the article's entities, {@link #entity()} is that entity's
 * in-article id; resolution across articles may map it to another. The country and the sector are
 * what the text says of the actor: "Russian operatives" are of Russia and of the intelligence
 * sector even though they have no name.
 *
 * @param name the actor as a reader would name it: the entity's canonical name where there is one,
 *     otherwise the phrase without a leading article ("Russian operatives")
 * @param entity the in-article id of the entity the actor is, or {@code null}
 * @param country the country the text ties the actor to ("Russia"), or {@code null}
 * @param countryEntity the in-article id of the entity for that country if the article has one, or {@code null}
 * @param sector what kind of actor it is, as a CAMEO-style agent code ({@code GOV}, {@code MIL},
 *     {@code INTEL}, ...; see {@link Sectors}), or {@code null} if the text does not say
 * @param span where the actor is named in the cleaned text
 */
public record EventActor(String name, String entity, String country, String countryEntity, String sector, Span span) implements Spanned {

  public EventActor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    if (name.isBlank()) {
      throw new IllegalArgumentException("actor name must not be blank");
    }
  }

  /** The agent codes an actor's sector may take, after CAMEO's actor codebook. */
  public static final class Sectors {
    /** Government: executives, ministries, officials, diplomats, embassies. */
    public static final String GOV = "GOV";
    /** Armed forces. */
    public static final String MIL = "MIL";
    /** Intelligence services and their officers. */
    public static final String INTEL = "INTEL";
    /** Police and security forces. */
    public static final String POLICE = "POLICE";
    /** Courts, judges, prosecutors. */
    public static final String JUD = "JUD";
    /** Legislatures and their members. */
    public static final String LEG = "LEG";
    /** Political parties and the opposition. */
    public static final String OPP = "OPP";
    /** Rebels, insurgents and armed groups outside the state. */
    public static final String REB = "REB";
    /** News media. */
    public static final String MED = "MED";
    /** Companies and business. */
    public static final String BUS = "BUS";
    /** Civilians, protesters, refugees. */
    public static final String CVL = "CVL";
    /** Non-governmental organisations. */
    public static final String NGO = "NGO";
    /** Intergovernmental organisations. */
    public static final String IGO = "IGO";

    private Sectors() {}
  }
}
