package vn.trolycongdoan.bot.reports.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.store.FirstReport;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;

class CompletenessTest {

  private static final UnitTree UNITS =
      UnitTreeReader.read(
          """
          code,name,parent,opened,closed
          P,Liên đoàn Lao động tỉnh,,2000-01-01,
          D1,Liên đoàn Lao động huyện Một,P,2000-01-01,
          A,CĐCS lâu năm,D1,2000-01-01,
          B,CĐCS thành lập giữa kỳ,D1,2024-05-10,
          C,CĐCS giải thể giữa kỳ,D1,2000-01-01,2024-03-31
          E,CĐCS giải thể năm trước,D1,2000-01-01,2023-12-31
          F,CĐCS thành lập sau kỳ,D1,2024-07-01,
          D2,Liên đoàn Lao động huyện Hai,P,2000-01-01,
          G,CĐCS huyện Hai,D2,2000-01-01,
          """,
          "units.csv");
  private static final Period H1 = Period.parse("2024-H1");
  private static final Instant AT = Instant.parse("2024-06-01T03:00:00Z");

  @Test
  void expects_the_grassroots_unions_open_on_any_day_of_the_period() {
    Completeness completeness = Completeness.of(UNITS, unit("D1"), H1, List.of());

    assertThat(codes(completeness.expected())).containsExactly("A", "B", "C");
    assertThat(codes(completeness.missing())).containsExactly("A", "B", "C");
    assertThat(completeness.rate()).contains(new BigDecimal("0.0"));
    assertThat(
            codes(Completeness.of(UNITS, unit("D1"), Period.parse("2023"), List.of()).expected()))
        .containsExactly("A", "C", "E");
    assertThat(
            codes(
                Completeness.of(UNITS, unit("D1"), Period.parse("2024-H2"), List.of()).expected()))
        .containsExactly("A", "B", "F");
  }

  @Test
  void counts_received_and_in_time_among_the_expected_units_only() {
    List<FirstReport> reports =
        List.of(
            new FirstReport("A", AT, true),
            new FirstReport("B", AT, false),
            new FirstReport("E", AT, true),
            new FirstReport("F", AT, true),
            new FirstReport("D1", AT, true),
            new FirstReport("G", AT, true));

    Completeness completeness = Completeness.of(UNITS, unit("D1"), H1, reports);

    assertThat(codes(completeness.received())).containsExactly("A", "B");
    assertThat(codes(completeness.onTime())).containsExactly("A");
    assertThat(codes(completeness.missing())).containsExactly("C");
    assertThat(completeness.rate()).contains(new BigDecimal("66.6"));
    assertThat(completeness.onTimeRate()).contains(new BigDecimal("33.3"));
  }

  @Test
  void the_rate_is_100_only_when_every_expected_unit_reported_however_many_others_did() {
    List<FirstReport> reports = new ArrayList<>();
    for (OrgUnit unit : UNITS.depthFirst()) {
      reports.add(new FirstReport(unit.code(), AT, true));
    }

    Completeness all = Completeness.of(UNITS, UNITS.root(), H1, reports);

    assertThat(codes(all.expected())).containsExactly("A", "B", "C", "G");
    assertThat(all.rate()).contains(new BigDecimal("100.0"));
    assertThat(all.onTimeRate()).contains(new BigDecimal("100.0"));
    assertThat(all.missing()).isEmpty();
  }

  @Test
  void a_subtree_of_one_grassroots_union_expects_that_union_and_none_expects_nothing() {
    assertThat(codes(Completeness.of(UNITS, unit("G"), H1, List.of()).expected()))
        .containsExactly("G");
    Completeness before = Completeness.of(UNITS, UNITS.root(), Period.parse("1999"), List.of());
    assertThat(before.expected()).isEmpty();
    assertThat(before.rate()).isEmpty();
  }

  @Test
  void random_reports_for_random_periods_never_make_a_rate_above_100_or_below_0() {
    Random random = new Random(9);
    List<OrgUnit> all = UNITS.depthFirst();
    for (int i = 0; i < 2_000; i++) {
      Cadence cadence = Cadence.values()[random.nextInt(Cadence.values().length)];
      Period period =
          new Period(
              cadence, 2022 + random.nextInt(4), 1 + random.nextInt(cadence.periodsPerYear()));
      List<FirstReport> reports = new ArrayList<>();
      for (OrgUnit unit : all) {
        if (random.nextBoolean()) {
          reports.add(new FirstReport(unit.code(), AT, random.nextBoolean()));
        }
      }
      OrgUnit top = all.get(random.nextInt(all.size()));

      Completeness completeness = Completeness.of(UNITS, top, period, reports);

      assertThat(completeness.expected()).containsAll(completeness.received());
      assertThat(completeness.received()).containsAll(completeness.onTime());
      completeness
          .rate()
          .ifPresent(rate -> assertThat(rate).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
      assertThat(completeness.missing().size() + completeness.received().size())
          .isEqualTo(completeness.expected().size());
    }
  }

  private static OrgUnit unit(String code) {
    return UNITS.byCode(code).orElseThrow();
  }

  private static List<String> codes(List<OrgUnit> units) {
    return units.stream().map(OrgUnit::code).toList();
  }
}
