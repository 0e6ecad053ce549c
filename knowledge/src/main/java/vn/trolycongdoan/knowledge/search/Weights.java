package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Reads named weights from a properties resource beside a class. */
final class Weights {

  private Weights() {}

  static double[] load(Class<?> owner, String resource, String[] names) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      double[] weights = new double[names.length];
      for (int i = 0; i < names.length; i++) {
        String value = properties.getProperty(names[i]);
        if (value == null) {
          throw new IllegalStateException(resource + " has no weight " + names[i]);
        }
        weights[i] = Double.parseDouble(value);
      }
      return weights;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
