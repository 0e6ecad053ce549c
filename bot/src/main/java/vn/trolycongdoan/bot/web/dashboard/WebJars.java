package vn.trolycongdoan.bot.web.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import vn.trolycongdoan.bot.web.JarResources;

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
    Properties properties = new Properties();
    try {
      properties.load(new ByteArrayInputStream(JarResources.bytes(resource)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return properties.getProperty("version");
  }
}
