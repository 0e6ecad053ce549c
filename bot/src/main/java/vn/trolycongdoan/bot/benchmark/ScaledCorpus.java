package vn.trolycongdoan.bot.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of many plan-like documents for the index benchmark. Each document
 * keeps the header block of one bundled plan (so metadata and headings are realistic), then a
 * random selection of that plan's paragraphs in order, with its numbers changed so documents
 * differ. The laws are copied once. Seeded: the same arguments write the same corpus.
 */
final class ScaledCorpus {

  private static final int HEADER_LINES = 12;

  private ScaledCorpus() {}

  /** Writes {@code count} documents into {@code target} and returns the number of bytes written. */
  static long write(Path bundled, Path target, int count, long seed) throws IOException {
    List<List<String>> plans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(bundled.resolve("plans"))) {
      for (Path plan : files.filter(Files::isRegularFile).sorted().toList()) {
        plans.add(Files.readAllLines(plan, StandardCharsets.UTF_8));
      }
    }
    Path out = Files.createDirectories(target.resolve("plans"));
    Random random = new Random(seed);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      String text = variant(plans.get(i % plans.size()), random);
      Path file = out.resolve(String.format("%05d.txt", i));
      Files.writeString(file, text, StandardCharsets.UTF_8);
      bytes += Files.size(file);
    }
    return bytes;
  }

  private static String variant(List<String> plan, Random random) {
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < plan.size(); line++) {
      if (line < HEADER_LINES || random.nextInt(100) < 35) {
        text.append(renumber(plan.get(line), random)).append('\n');
      }
    }
    return text.toString();
  }

  /** Changes percentages and counts so that no two documents are identical. */
  private static String renumber(String line, Random random) {
    return line.replaceAll("\\b(\\d{2})%", (10 + random.nextInt(90)) + "%");
  }
}
