package dev.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionTest {

  @Test
  void message_multiLineDetail_isOneLineNamingInputReasonAndCode() {
    Rejection rejection =
        new Rejection("feeds/cnn.jsonl:12", ErrorCode.MALFORMED_JSON, "Unexpected character ('}' (code 125))\n at [Source: line 1, column 40]");

    assertThat(rejection.message())
        .isEqualTo("feeds/cnn.jsonl:12: malformed JSON: Unexpected character ('}' (code 125)) at [Source: line 1, column 40] [E104]");
  }

  @Test
  void message_noDetail_omitsTrailingColon() {
    assertThat(new Rejection("empty.txt", ErrorCode.EMPTY_ARTICLE, null).message()).isEqualTo("empty.txt: empty article [E105]");
  }
}
