package dev.dossier.core;

import java.util.Locale;

/** The coarse types of named entities Dossier extracts. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC;

  /**
   * Parses a type name case-insensitively, accepting the common short forms {@code PER},
   * {@code ORG} and {@code LOC}.
   *
   * @throws IllegalArgumentException naming the value and the accepted names if it is none of them
   */
  public static EntityType parse(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "PERSON", "PER" -> PERSON;
      case "ORGANIZATION", "ORGANISATION", "ORG" -> ORGANIZATION;
      case "LOCATION", "LOC", "GPE" -> LOCATION;
      case "MISC" -> MISC;
      default ->
          throw new IllegalArgumentException(
              "unknown entity type '" + name + "': expected PERSON, ORGANIZATION, LOCATION or MISC");
    };
  }
}
