package dev.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokenTest {

  @TempDir Path dir;

  @Test
  void loadOrCreate_firstStart_makesAnOwnerOnlyTokenThatLaterStartsReuse() throws Exception {
    AccessToken first = AccessToken.loadOrCreate(dir);
    AccessToken again = AccessToken.loadOrCreate(dir);

    assertThat(first.value()).hasSizeGreaterThanOrEqualTo(40).matches("[A-Za-z0-9_-]+");
    assertThat(again.value()).isEqualTo(first.value());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(AccessToken.FILE_NAME)))).isEqualTo("rw-------");
  }

  @Test
  void loadOrCreate_twoDataFolders_differentTokens() {
    assertThat(AccessToken.loadOrCreate(dir.resolve("a")).value()).isNotEqualTo(AccessToken.loadOrCreate(dir.resolve("b")).value());
  }

  @Test
  void matches_onlyTheToken() {
    AccessToken token = AccessToken.loadOrCreate(dir);

    assertThat(token.matches(token.value())).isTrue();
    assertThat(token.matches(token.value() + "x")).isFalse();
    assertThat(token.matches("")).isFalse();
    assertThat(token.matches(null)).isFalse();
  }
}
