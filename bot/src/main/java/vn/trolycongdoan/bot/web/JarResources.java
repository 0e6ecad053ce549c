package vn.trolycongdoan.bot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files of the jar the web pages are made of, read whole, and text put into their HTML. */
public final class JarResources {

  private JarResources() {}

  /**
   * @throws IllegalStateException if the jar lacks it, a packaging mistake
   */
  public static byte[] bytes(String resource) {
    try (InputStream in = JarResources.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** {@code text} escaped for HTML text and double- or single-quoted attribute values. */
  public static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
