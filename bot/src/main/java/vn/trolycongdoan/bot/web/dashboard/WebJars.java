package vn.trolycongdoan.bot.web.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The WebJars packed into the jar: which version of each, from its Maven properties. */
final class WebJars {

  private WebJars() {}

  /**
   * The version of the WebJar {@code groupId:artifactId} in the jar.
   *
   * @throws IllegalStateException if the jar lacks it, a packaging mistake
   */
  static String version(String groupId, String artifactId) {
    String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + resource);
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
