package vn.trolycongdoan.bot.reports.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.KnowledgeConfig;

/**
 * The catalogue that ships: it loads, names what the issue asks for, and every target cites a plan
 * passage of the bundled corpus that writes the target's number.
 */
class BundledCatalogueTest {

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.]*");

  @TempDir static Path folder;

  private static Catalogue catalogue;
  private static Map<String, DocumentOutline> plans;

  @BeforeAll
  static void indexTheBundledPlans() throws Exception {
    catalogue = CatalogueReader.read(BundledDefaults.indicators().orElseThrow(), "indicators.yaml");
    Path bundledPlans = Path.of(BundledDefaults.resource("corpus/plans").orElseThrow().toURI());
    Path corpus = Files.createDirectories(folder.resolve("corpus/plans"));
    try (Stream<Path> files = Files.list(bundledPlans)) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName().toString()));
      }
    }
    KnowledgeConfig config =
        new KnowledgeConfig(
            folder.resolve("corpus"),
            folder.resolve("index"),
            "",
            "",
            KnowledgeConfig.DEFAULT_MIN_RELEVANCE);
    try (KnowledgeBase base = KnowledgeBase.open(config)) {
      base.refresh(IndexProgress.NONE);
      plans =
          base.documents().stream()
              .collect(Collectors.toMap(d -> d.id(), d -> base.document(d.id()).orElseThrow()));
    }
  }

  @Test
  void names_the_indicators_the_plans_ask_units_to_report() {
    assertThat(catalogue.indicators())
        .extracting(Indicator::code)
        .contains(
            "DVM", "DVTONG", "CDCSMOI", "TUKY", "TULOI", "DTNLV", "HNNLD", "MAXAY", "MASUA", "QXH",
            "TVPL", "TNLDCD", "GTDANG", "BUAAN");
    assertThat(catalogue.byCode("buaan")).map(Indicator::unitOfMeasure).hasValue("đ/bữa");
  }

  @Test
  void the_total_of_members_of_a_year_is_its_latest_half_and_the_new_members_both_halves() {
    assertThat(catalogue.byCode("DVTONG")).map(Indicator::overTime).hasValue(RollUp.LATEST);
    assertThat(catalogue.byCode("DVM")).map(Indicator::overTime).hasValue(RollUp.SUM);
  }

  @Test
  void every_target_cites_a_passage_of_its_plan_that_writes_its_number() {
    List<Target> targets =
        catalogue.indicators().stream().flatMap(i -> i.targets().stream()).toList();
    assertThat(targets).hasSizeGreaterThanOrEqualTo(8);

    for (Target target : targets) {
      PlanPassage source = target.source();
      Optional<String> text =
          Optional.ofNullable(plans.get(source.document()))
              .flatMap(
                  outline ->
                      outline.sections().stream()
                          .filter(entry -> entry.section().equals(source.section()))
                          .map(DocumentOutline.Entry::text)
                          .findFirst());

      assertThat(text).as("passage %s %s", source.document(), source.section()).isPresent();
      assertThat(text.orElseThrow()).as("passage of %s", target).contains(target.written());
      assertThat(numberIn(target.written()))
          .as(target.written())
          .isEqualByComparingTo(target.value());
    }
  }

  /** The first number of {@code written}, dots as thousands separators as the plans write them. */
  private static BigDecimal numberIn(String written) {
    Matcher m = NUMBER.matcher(written);
    assertThat(m.find()).as("a number in %s", written).isTrue();
    return new BigDecimal(m.group().replace(".", ""));
  }
}
