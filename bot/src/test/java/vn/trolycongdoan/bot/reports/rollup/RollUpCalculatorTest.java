package vn.trolycongdoan.bot.reports.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.CatalogueReader;
import vn.trolycongdoan.bot.reports.catalogue.PlanPassage;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.store.Reporter;
import vn.trolycongdoan.bot.reports.store.StoredValue;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;

class RollUpCalculatorTest {

  static final Catalogue CATALOGUE =
      CatalogueReader.read(
          """
          indicators:
            - code: NEW
              name: Đoàn viên mới
              unit: người
              type: count
              range: [0, 1000]
              rollup: sum
              cadence: month
              targets:
                - level: province
                  each: year
                  value: 100
                  written: 100 đoàn viên
                  document: plans/x
                  section: II › 1
            - code: MEMBERS
              name: Tổng số đoàn viên
              unit: người
              type: count
              range: [0, 100000]
              rollup: sum
              cadence: quarter
              over-time: latest
            - code: SHARE
              name: Tỷ lệ ủng hộ quỹ
              unit: "%"
              type: percent
              range: [0, 100]
              rollup: member-weighted-average
              weight: MEMBERS
              cadence: month
              targets:
                - level: upper
                  each: quarter
                  value: 95
                  written: 95%
                  document: plans/y
                  section: II › 2 › 2.1
            - code: MEAL
              name: Bữa ăn ca
              unit: đ/bữa
              type: money
              range: [0, 1000000]
              rollup: member-weighted-average
              weight: MEMBERS
              cadence: year
            - code: PEAK
              name: Cao nhất
              unit: người
              type: count
              range: [0, 1000]
              rollup: max
              cadence: month
            - code: TALK
              name: Đối thoại tỉnh
              unit: lần
              type: count
              range: [0, 100]
              rollup: latest
              cadence: half-year
          """,
          "indicators.yaml");

  static final UnitTree UNITS =
      UnitTreeReader.read(
          """
          code,name,parent,opened,closed
          P,Liên đoàn Lao động tỉnh,,2000-01-01,
          D1,Liên đoàn Lao động huyện Một,P,2000-01-01,
          D2,Liên đoàn Lao động huyện Hai,P,2000-01-01,
          A,CĐCS A,D1,2000-01-01,
          B,CĐCS B,D1,2000-01-01,
          C,CĐCS C,D2,2000-01-01,
          """,
          "units.csv");

  private static final Instant EARLY = Instant.parse("2024-04-01T03:00:00Z");
  private static final Instant LATER = Instant.parse("2024-04-02T03:00:00Z");

  private final RollUpCalculator calculator = new RollUpCalculator(CATALOGUE, UNITS);
  private final List<StoredValue> values = new ArrayList<>();

  @Test
  void a_count_is_summed_over_the_subtree_units_and_over_the_months_of_the_period() {
    stored("A", "2024-01", "NEW", "2");
    stored("A", "2024-02", "NEW", "3");
    stored("B", "2024-03", "NEW", "5");
    stored("C", "2024-01", "NEW", "100");
    stored("A", "2024-04", "NEW", "1000");

    assertThat(value("D1", "2024-Q1", "NEW").value()).contains(new BigDecimal("10"));
    assertThat(value("D1", "2024-Q1", "NEW").units()).isEqualTo(2);
    assertThat(value("P", "2024-Q1", "NEW").value()).contains(new BigDecimal("110"));
    assertThat(value("P", "2024", "NEW").value()).contains(new BigDecimal("1110"));
    assertThat(value("A", "2024-02", "NEW").value()).contains(new BigDecimal("3"));
  }

  @Test
  void a_total_like_the_members_takes_each_unit_s_latest_period_then_sums_the_units() {
    stored("A", "2024-Q1", "MEMBERS", "100");
    stored("A", "2024-Q2", "MEMBERS", "120");
    stored("B", "2024-Q1", "MEMBERS", "50");

    assertThat(value("D1", "2024-H1", "MEMBERS").value()).contains(new BigDecimal("170"));
    assertThat(value("D1", "2024-Q1", "MEMBERS").value()).contains(new BigDecimal("150"));
  }

  @Test
  void a_percent_is_averaged_weighted_by_each_unit_s_members() {
    stored("A", "2024-Q1", "MEMBERS", "120");
    stored("B", "2024-Q1", "MEMBERS", "50");
    stored("A", "2024-03", "SHARE", "90");
    stored("B", "2024-03", "SHARE", "60");

    RolledUpValue share = value("D1", "2024-Q1", "SHARE");

    // (90 × 120 + 60 × 50) / 170 = 81.176…; a plain average would say 75.
    assertThat(share.value()).contains(new BigDecimal("81.18"));
    assertThat(share.units()).isEqualTo(2);
    assertThat(share.unweighted()).isZero();
  }

  @Test
  void a_unit_without_members_is_left_out_of_the_weighted_average_and_counted() {
    stored("A", "2024-Q1", "MEMBERS", "120");
    stored("B", "2024-Q1", "MEMBERS", "0");
    stored("A", "2024-02", "SHARE", "90");
    stored("B", "2024-02", "SHARE", "10");
    stored("C", "2024-02", "SHARE", "0");

    RolledUpValue share = value("P", "2024-02", "SHARE");

    assertThat(share.value()).contains(new BigDecimal("90.00"));
    assertThat(share.units()).isEqualTo(1);
    assertThat(share.unweighted()).isEqualTo(2);
    assertThat(value("D2", "2024-02", "SHARE").value()).isEmpty();
  }

  @Test
  void a_month_s_share_is_weighted_by_the_members_of_the_quarter_that_holds_it() {
    stored("A", "2024-Q1", "MEMBERS", "300");
    stored("B", "2024-Q1", "MEMBERS", "100");
    stored("A", "2024-02", "SHARE", "100");
    stored("B", "2024-02", "SHARE", "0");

    assertThat(value("D1", "2024-02", "SHARE").value()).contains(new BigDecimal("75.00"));
  }

  @Test
  void an_amount_is_weighted_by_the_members_of_the_latest_quarter_and_rounded_to_the_dong() {
    stored("A", "2024-Q1", "MEMBERS", "10");
    stored("A", "2024-Q4", "MEMBERS", "20");
    stored("B", "2024-Q3", "MEMBERS", "10");
    stored("A", "2024", "MEAL", "20000");
    stored("B", "2024", "MEAL", "15001");

    // (20000 × 20 + 15001 × 10) / 30 = 18333.67
    assertThat(value("D1", "2024", "MEAL").value()).contains(new BigDecimal("18334"));
  }

  @Test
  void the_highest_figure_of_any_month_and_unit_and_the_latest_confirmed_figure() {
    stored("A", "2024-01", "PEAK", "7");
    stored("A", "2024-02", "PEAK", "9");
    stored("B", "2024-03", "PEAK", "4");
    values.add(value("A", "2024-H1", "TALK", "3", LATER));
    values.add(value("B", "2024-H1", "TALK", "1", EARLY));

    assertThat(value("D1", "2024-Q1", "PEAK").value()).contains(new BigDecimal("9"));
    assertThat(value("D1", "2024-H1", "TALK").value()).contains(new BigDecimal("3"));
  }

  @Test
  void the_latest_over_time_is_the_latest_period_not_the_latest_confirmed() {
    values.add(value("A", "2024-H2", "TALK", "2", EARLY));
    values.add(value("A", "2024-H1", "TALK", "5", LATER));

    assertThat(value("A", "2024", "TALK").value()).contains(new BigDecimal("2"));
  }

  @Test
  void an_indicator_reported_for_longer_periods_is_not_rolled_up_into_a_shorter_one() {
    assertThat(calculator.rollUp(unit("D1"), Period.parse("2024-Q1"), values))
        .extracting(v -> v.indicator().code())
        .containsExactly("NEW", "MEMBERS", "SHARE", "PEAK");
    assertThat(calculator.rollUp(unit("D1"), Period.parse("2024"), values))
        .extracting(v -> v.indicator().code())
        .containsExactly("NEW", "MEMBERS", "SHARE", "MEAL", "PEAK", "TALK");
  }

  @Test
  void an_indicator_nobody_reported_has_no_value() {
    stored("C", "2024-01", "NEW", "4");

    RolledUpValue none = value("D1", "2024-Q1", "NEW");

    assertThat(none.value()).isEmpty();
    assertThat(none.units()).isZero();
  }

  @Test
  void the_target_is_the_one_for_the_subtree_s_level_and_the_period_with_its_citation() {
    assertThat(value("P", "2024", "NEW").target())
        .hasValueSatisfying(
            target -> {
              assertThat(target.value()).isEqualByComparingTo("100");
              assertThat(target.source()).isEqualTo(new PlanPassage("plans/x", "II › 1"));
            });
    assertThat(value("P", "2024-Q1", "NEW").target()).isEmpty();
    assertThat(value("D1", "2024", "NEW").target()).isEmpty();
    assertThat(value("D1", "2024-Q2", "SHARE").target())
        .hasValueSatisfying(
            target ->
                assertThat(target.source()).isEqualTo(new PlanPassage("plans/y", "II › 2 › 2.1")));
    assertThat(value("P", "2024-Q2", "SHARE").target()).isEmpty();
  }

  @Test
  void needs_the_values_of_every_period_sharing_a_day_with_the_asked_one() {
    assertThat(RollUpCalculator.periodsNeeded(Period.parse("2024")))
        .hasSize(19)
        .contains(Period.parse("2024-01"), Period.parse("2024-Q4"), Period.parse("2024-H2"));
    assertThat(RollUpCalculator.periodsNeeded(Period.parse("2024-02")))
        .containsExactly(
            Period.parse("2024-02"),
            Period.parse("2024-Q1"),
            Period.parse("2024-H1"),
            Period.parse("2024"));
  }

  private RolledUpValue value(String unit, String period, String indicator) {
    return calculator.rollUp(unit(unit), Period.parse(period), values).stream()
        .filter(v -> v.indicator().code().equals(indicator))
        .findFirst()
        .orElseThrow();
  }

  private void stored(String unit, String period, String indicator, String value) {
    values.add(value(unit, period, indicator, value, EARLY));
  }

  private static StoredValue value(
      String unit, String period, String indicator, String value, Instant at) {
    return new StoredValue(
        unit,
        Period.parse(period),
        indicator,
        new BigDecimal(value),
        false,
        "BC-000001",
        at,
        new Reporter(Channel.TELEGRAM, "1", ""));
  }

  private static OrgUnit unit(String code) {
    return UNITS.byCode(code).orElseThrow();
  }
}
