package vn.trolycongdoan.bot.reports.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.catalogue.CatalogueReader;
import vn.trolycongdoan.bot.reports.period.Period;

/** The periods offered with the bundled catalogue (half-years and years). */
class ReportPeriodsTest {

  private final ReportPeriods periods =
      new ReportPeriods(
          CatalogueReader.read(BundledDefaults.indicators().orElseThrow(), "indicators.yaml"),
          FakeClock.atVietnamTime("2026-03-10T09:00"));

  @Test
  void offers_the_begun_half_years_and_years_latest_first_the_half_before_its_year() {
    assertThat(periods.offered())
        .extracting(Period::toString)
        .startsWith("2026-H1", "2026", "2025-H2", "2025", "2025-H1", "2024-H2")
        .endsWith("2023-H2", "2023", "2023-H1")
        .doesNotContain("2026-H2")
        .hasSize(3 * ReportPeriods.YEARS_BACK + 2);
  }

  @Test
  void the_default_is_the_open_half_year() {
    assertThat(periods.current()).isEqualTo(Period.parse("2026-H1"));
  }
}
