package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

  private final Countries countries = Countries.instance();

  @Test
  void byName_officialAndShortForms_sameCountry() {
    assertThat(countries.byName("Russian Federation")).get().extracting(Countries.Country::name).isEqualTo("Russia");
    assertThat(countries.byName("United States of America")).get().extracting(Countries.Country::code).isEqualTo("US");
    assertThat(countries.byName("U.S.")).get().extracting(Countries.Country::code).isEqualTo("US");
    assertThat(countries.byName("USA")).get().extracting(Countries.Country::code).isEqualTo("US");
    assertThat(countries.byName("Britain")).get().extracting(Countries.Country::code).isEqualTo("GB");
    assertThat(countries.byName("DPRK")).get().extracting(Countries.Country::code).isEqualTo("KP");
  }

  @Test
  void byName_lowerCaseAbbreviation_isNotACountry() {
    assertThat(countries.byName("us")).isEmpty();
    assertThat(countries.byName("Us")).isEmpty();
  }

  @Test
  void byDemonym_nationality_givesCountry() {
    assertThat(countries.byDemonym("Russian")).get().extracting(Countries.Country::name).isEqualTo("Russia");
    assertThat(countries.byDemonym("Americans")).get().extracting(Countries.Country::name).isEqualTo("United States");
  }
}
