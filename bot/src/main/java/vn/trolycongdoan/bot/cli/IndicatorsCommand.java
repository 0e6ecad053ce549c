package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.reports.ReportingSetup;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.web.ApiJson;

/** {@code indicators [--json]}: lists the indicator catalogue of indicators.file. */
@Command(
    name = "indicators",
    description = "Liệt kê các chỉ tiêu báo cáo (mã, tên, tên gọi khác, đơn vị tính, kiểu, kỳ).")
final class IndicatorsCommand implements Callable<Integer> {

  private final RootCommand root;

  @Option(names = "--json", description = "In dạng JSON.")
  private boolean json;

  @Spec private CommandSpec spec;

  IndicatorsCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    Logging.quiet();
    Catalogue catalogue = ReportingSetup.load(root.settings(Map.of())).catalogue();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<IndicatorJson> indicators =
          catalogue.indicators().stream().map(IndicatorJson::of).toList();
      out.println(ApiJson.mapper().writeValueAsString(indicators));
    } else {
      catalogue.indicators().forEach(indicator -> out.println(line(indicator)));
    }
    out.flush();
    return 0;
  }

  private static String line(Indicator indicator) {
    String aliases =
        indicator.aliases().isEmpty() ? "" : " (" + String.join(", ", indicator.aliases()) + ")";
    return String.format(
        "%-10s %s%s · %s · %s · mỗi %s",
        indicator.code(),
        indicator.name(),
        aliases,
        indicator.unitOfMeasure(),
        indicator.type().key(),
        indicator.cadence().vietnamese());
  }

  /** One indicator as {@code indicators --json} prints it. */
  record IndicatorJson(
      String code,
      String name,
      List<String> aliases,
      String unit,
      String type,
      String cadence,
      BigDecimal min,
      BigDecimal max,
      String rollup) {

    static IndicatorJson of(Indicator indicator) {
      return new IndicatorJson(
          indicator.code(),
          indicator.name(),
          indicator.aliases(),
          indicator.unitOfMeasure(),
          indicator.type().key(),
          indicator.cadence().key(),
          indicator.min(),
          indicator.max(),
          indicator.rollUp().key());
    }
  }
}
