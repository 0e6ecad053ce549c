package vn.trolycongdoan.bot.web.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files of the jar, read whole. */
final class Resources {

  private Resources() {}

  /**
   * @throws IllegalStateException if the jar lacks it, a packaging mistake
   */
  static byte[] bytes(String resource) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
