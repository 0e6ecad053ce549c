package vn.trolycongdoan.knowledge.eval;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Compares what an ask costs in two builds in one JVM, so that both see the same machine load:
 * {@code AskAlternation BEFORE_ROOT AFTER_ROOT CLASSPATH_FILE QUESTIONS_FILE [ROUNDS]} loads each
 * build's {@code knowledge/target/test-classes} and {@code classes} (with the dependencies listed
 * in {@code CLASSPATH_FILE}, e.g. from {@code dependency:build-classpath}) in a class loader of its
 * own, indexes the bundled corpus for each into a temporary folder, warms both up with 6,000 asks,
 * then alternates rounds of 1,000 asks ({@link AskLoop}) and prints the CPU µs per ask of each
 * round and the means.
 */
public final class AskAlternation {

  private static final String[] NAMES = {"before", "after"};

  private AskAlternation() {}

  public static void main(String[] args) throws Exception {
    String dependencies = Files.readString(Path.of(args[2])).strip();
    Path questions = Path.of(args[3]);
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 8;
    IntToLongFunction[] loops = new IntToLongFunction[2];
    for (int build = 0; build < 2; build++) {
      ClassLoader loader = loaderOf(Path.of(args[build]), dependencies);
      Thread.currentThread().setContextClassLoader(loader);
      loops[build] =
          (IntToLongFunction)
              loader
                  .loadClass(AskLoop.class.getName())
                  .getConstructor(Path.class, Path.class)
                  .newInstance(Files.createTempDirectory("ask-" + NAMES[build]), questions);
      loops[build].applyAsLong(6_000);
    }
    double[] sums = new double[2];
    for (int round = 0; round < rounds; round++) {
      for (int build = 0; build < 2; build++) {
        double micros = loops[build].applyAsLong(1_000) / 1e6;
        sums[build] += micros;
        System.out.printf("round %d %s: %.0f µs per ask%n", round, NAMES[build], micros);
      }
    }
    System.out.printf(
        "mean before %.0f, after %.0f µs per ask%n", sums[0] / rounds, sums[1] / rounds);
  }

  private static ClassLoader loaderOf(Path root, String dependencies) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(root.resolve("knowledge/target/test-classes").toUri().toURL());
    urls.add(root.resolve("knowledge/target/classes").toUri().toURL());
    for (String jar : dependencies.split(File.pathSeparator)) {
      urls.add(Path.of(jar).toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }
}
