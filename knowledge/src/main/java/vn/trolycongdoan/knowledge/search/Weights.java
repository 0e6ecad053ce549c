package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Named weights of a trained model, read from a properties resource beside its class. Immutable.
 */
final class Weights {

  private final String[] names;
  private final double[] values;

  private Weights(String[] names, double[] values) {
    if (values.length != names.length) {
      throw new IllegalArgumentException("need " + names.length + " weights");
    }
    this.names = names.clone();
    this.values = values.clone();
  }

  static Weights of(String[] names, double[] values) {
    return new Weights(names, values);
  }

  /**
   * The weights named {@code names} in {@code resource} beside {@code owner}; all must be there.
   */
  static Weights load(Class<?> owner, String resource, String[] names) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      double[] values = new double[names.length];
      for (int i = 0; i < names.length; i++) {
        String value = properties.getProperty(names[i]);
        if (value == null) {
          throw new IllegalStateException(resource + " has no weight " + names[i]);
        }
        values[i] = Double.parseDouble(value);
      }
      return new Weights(names, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  double[] values() {
    return values.clone();
  }

  double get(int i) {
    return values[i];
  }

  /** The weights by name, in order. */
  Map<String, Double> named() {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      named.put(names[i], values[i]);
    }
    return named;
  }

  /** The sum of the weights from {@code from} on times {@code inputs}, in order. */
  double dot(double[] inputs, int from) {
    double sum = 0;
    for (int i = 0; i < inputs.length; i++) {
      sum += values[from + i] * inputs[i];
    }
    return sum;
  }
}
