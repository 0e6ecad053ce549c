package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.library.Citation;
import vn.trolycongdoan.bot.reports.ReportingSetup;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.web.ApiJson;

/** {@code units [--json]}: lists the org-unit tree of units.file, each unit below its parent. */
@Command(
    name = "units",
    description = "Liệt kê cây đơn vị báo cáo (mã, tên, đơn vị cấp trên, cấp).")
final class UnitsCommand implements Callable<Integer> {

  private final RootCommand root;

  @Option(names = "--json", description = "In dạng JSON.")
  private boolean json;

  @Spec private CommandSpec spec;

  UnitsCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    Logging.quiet();
    UnitTree tree = ReportingSetup.load(root.settings(Map.of())).units();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<UnitJson> units = tree.depthFirst().stream().map(UnitJson::of).toList();
      out.println(ApiJson.mapper().writeValueAsString(units));
    } else {
      tree.depthFirst().forEach(unit -> out.println(line(unit)));
    }
    out.flush();
    return 0;
  }

  private static String line(OrgUnit unit) {
    String code = "  ".repeat(unit.level().ordinal()) + unit.code();
    String parent = unit.parent() == null ? "—" : unit.parent();
    String closed =
        unit.closed() == null
            ? ""
            : " (giải thể " + Citation.vietnameseDate(unit.closed().toString()) + ")";
    return String.format(
        "%-12s %s%s · cấp trên: %s · %s",
        code, unit.name(), closed, parent, unit.level().vietnamese());
  }

  /** One unit as {@code units --json} prints it. */
  record UnitJson(
      String code, String name, String parent, String level, String opened, String closed) {

    static UnitJson of(OrgUnit unit) {
      return new UnitJson(
          unit.code(),
          unit.name(),
          unit.parent(),
          unit.level().key(),
          unit.opened().toString(),
          unit.closed() == null ? null : unit.closed().toString());
    }
  }
}
