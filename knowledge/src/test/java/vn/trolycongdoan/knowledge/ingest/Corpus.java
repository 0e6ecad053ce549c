package vn.trolycongdoan.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled corpus on the test classpath. */
final class Corpus {

  static final String PLAN_000 = "plans/000_6aebd239dd393bed.txt";
  static final String PLAN_001 = "plans/001_241fc221d9dce001.txt";
  static final String PLAN_002 = "plans/002_65b92219c50e8836.txt";
  static final String PLAN_003 = "plans/003_87603f58eecd4578.txt";
  static final String PLAN_004 = "plans/004_ba02c80196998ee5.txt";
  static final String LABOUR_CODE = "laws/bo-luat-lao-dong-2019.txt";
  static final String SOCIAL_INSURANCE_LAW = "laws/luat-bao-hiem-xa-hoi-2024.txt";

  private Corpus() {}

  static Path root() {
    try {
      return Path.of(Corpus.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String raw(String file) {
    try {
      return Files.readString(root().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String cleaned(String file) {
    return TextCleaner.clean(raw(file));
  }
}
