package vn.trolycongdoan.bot.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Secret tokens handed out once and kept only as a hash (web chat sessions, staff bearer tokens):
 * 32 bytes from {@link SecureRandom} (256 bits), URL-safe Base64 without padding (43 characters),
 * and their SHA-256 as stored. A plain hash suffices for random tokens this long: no dictionary or
 * brute force reaches them. Thread-safe.
 */
public final class SecretTokens {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretTokens() {}

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code token} has the shape of one {@link #newToken} makes. */
  public static boolean wellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  /** The SHA-256 of {@code token}, in hex, as stored. */
  public static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
