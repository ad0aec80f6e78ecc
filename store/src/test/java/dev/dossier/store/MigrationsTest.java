package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

  @TempDir Path dir;

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
  }

  @Test
  void open_newFolder_appliesEveryMigrationOnceInOrder() throws SQLException {
    Store.open(dir).close();
    Store.open(dir).close();

    List<Integer> applied = new ArrayList<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
      while (rows.next()) {
        applied.add(rows.getInt(1));
      }
    }
    assertThat(applied).isEqualTo(Migrations.ALL.stream().map(Migrations.Migration::version).toList());
  }

  @Test
  void migrations_versions_countUpFromOne() {
    for (int i = 0; i < Migrations.ALL.size(); i++) {
      assertThat(Migrations.ALL.get(i).version()).isEqualTo(i + 1);
    }
  }

  @Test
  void open_databaseOfANewerDossier_refusesAndReleasesTheFolder() throws SQLException {
    Store.open(dir).close();
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO schema_version VALUES (99, 'from the future', 0)");
    }

    assertThatThrownBy(() -> Store.open(dir))
        .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE))
        .hasMessageContaining("has schema version 99, but this Dossier knows only up to " + Migrations.latest());

    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM schema_version WHERE version = 99");
    }
    Store.open(dir).close();
  }
}
