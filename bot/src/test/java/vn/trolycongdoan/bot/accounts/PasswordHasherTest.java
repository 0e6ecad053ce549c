package vn.trolycongdoan.bot.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Argon2id hashes of Bouncy Castle, encoded with their parameters. */
class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void a_hash_verifies_its_password_and_no_other() {
    String hash = hasher.hash("mật khẩu đúng 2026");

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hasher.matches("mật khẩu đúng 2026", hash)).isTrue();
    assertThat(hasher.matches("mật khẩu đúng 2025", hash)).isFalse();
    assertThat(hasher.matches("", hash)).isFalse();
  }

  @Test
  void each_hash_has_its_own_salt() {
    String first = hasher.hash("cùng một mật khẩu");
    String second = hasher.hash("cùng một mật khẩu");

    assertThat(first).isNotEqualTo(second);
    assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
  }

  @Test
  void a_hash_made_with_other_parameters_still_verifies_and_is_outdated() {
    PasswordHasher older = new PasswordHasher(new PasswordHasher.Cost(8 * 1024, 1, 1));
    String hash = older.hash("mật khẩu cũ lắm");

    assertThat(hash).contains("m=8192,t=1,p=1");
    assertThat(hasher.matches("mật khẩu cũ lắm", hash)).isTrue();
    assertThat(hasher.outdated(hash)).isTrue();
    assertThat(hasher.outdated(hasher.hash("mới"))).isFalse();
  }

  @Test
  void an_encoding_it_does_not_write_never_verifies() {
    String hash = hasher.hash("mật khẩu");

    assertThat(hasher.matches("mật khẩu", hash.replace("argon2id", "argon2i"))).isFalse();
    assertThat(hasher.matches("mật khẩu", hash.substring(0, hash.length() - 4))).isFalse();
    assertThat(hasher.matches("mật khẩu", "$argon2id$v=19$m=0,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaA"))
        .isFalse();
    assertThat(hasher.matches("mật khẩu", null)).isFalse();
    assertThat(hasher.matches("mật khẩu", "plain text")).isFalse();
    assertThat(hasher.outdated("plain text")).isTrue();
  }
}
