package vn.trolycongdoan.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code staff}: staff access; {@code token} for the API's bearer tokens, {@code add} for the
 * dashboard's accounts.
 */
@Command(
    name = "staff",
    description = "Quản lý quyền truy cập của cán bộ: mã API báo cáo và tài khoản trang quản lý.")
final class StaffCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Thiếu lệnh con: staff add --login TÊN --role admin|staff [--unit MÃ] (tài khoản trang"
            + " quản lý) hoặc staff token --name TÊN --role admin|staff (mã API)");
  }
}
