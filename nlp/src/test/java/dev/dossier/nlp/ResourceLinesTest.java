package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {

  @Test
  void of_blankAndCommentLines_leftOutOthersKeepNumberAndTabs() {
    assertThat(ResourceLines.of(ResourceLinesTest.class, "resource-lines-sample.tsv"))
        .containsExactly(new ResourceLines.Line(3, "Russia\tRUS"), new ResourceLines.Line(5, "United States\tUSA\t"));
  }

  @Test
  void of_missingResource_errorNamesItsPath() {
    assertThatThrownBy(() -> ResourceLines.of(ResourceLinesTest.class, "no-such-list.txt"))
        .isInstanceOf(DossierException.class)
        .hasMessageContaining("dev/dossier/nlp/no-such-list.txt")
        .hasMessageContaining("missing from the classpath");
  }
}
