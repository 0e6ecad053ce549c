package vn.trolycongdoan.bot.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle), each with its own 16-byte random salt, written in the
 * PHC string format with their parameters ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}),
 * so a hash made with older parameters still verifies after they change. The default parameters are
 * OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): about 50 ms a hash here. Thread-safe.
 */
public final class PasswordHasher {

  /** The work of one hash. */
  public record Cost(int memoryKib, int iterations, int parallelism) {}

  public static final Cost DEFAULT_COST = new Cost(19 * 1024, 2, 1);

  private static final Pattern ENCODED =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})"
              + "\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

  private final Cost cost;

  public PasswordHasher() {
    this(DEFAULT_COST);
  }

  public PasswordHasher(Cost cost) {
    this.cost = cost;
  }

  /** A new hash of {@code password} with a fresh salt, in PHC format. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, cost, HASH_BYTES);
    return "$argon2id$v=19$m="
        + cost.memoryKib()
        + ",t="
        + cost.iterations()
        + ",p="
        + cost.parallelism()
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /**
   * Whether {@code password} is the one {@code encoded} was made from, compared in constant time;
   * {@code false} for an encoding this class does not write.
   */
  public boolean matches(String password, String encoded) {
    Optional<Stored> stored = Stored.parse(encoded);
    if (stored.isEmpty()) {
      return false;
    }
    Stored known = stored.get();
    byte[] derived = derive(password, known.salt(), known.cost(), known.hash().length);
    return MessageDigest.isEqual(derived, known.hash());
  }

  /** Whether {@code encoded} was made with other parameters than this hasher's (so rehash it). */
  public boolean outdated(String encoded) {
    return Stored.parse(encoded).map(stored -> !stored.cost().equals(cost)).orElse(true);
  }

  private static byte[] derive(String password, byte[] salt, Cost cost, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
    try {
      generator.generateBytes(bytes, out);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
    return out;
  }

  private record Stored(Cost cost, byte[] salt, byte[] hash) {

    static Optional<Stored> parse(String encoded) {
      Matcher m = encoded == null ? null : ENCODED.matcher(encoded);
      if (m == null || !m.matches()) {
        return Optional.empty();
      }
      Cost cost =
          new Cost(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (cost.memoryKib() < 8 * cost.parallelism()
          || cost.iterations() < 1
          || cost.parallelism() < 1) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new Stored(cost, B64_DECODER.decode(m.group(4)), B64_DECODER.decode(m.group(5))));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
