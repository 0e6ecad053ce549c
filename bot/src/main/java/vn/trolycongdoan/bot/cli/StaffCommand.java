package vn.trolycongdoan.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code staff}: the staff API's access; its one subcommand is {@code token}. */
@Command(name = "staff", description = "Quản lý quyền truy cập API báo cáo của cán bộ.")
final class StaffCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Thiếu lệnh con: staff token --name TÊN --role admin|staff");
  }
}
