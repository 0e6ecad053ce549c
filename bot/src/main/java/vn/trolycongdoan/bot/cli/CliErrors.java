package vn.trolycongdoan.bot.cli;

import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.config.SettingsException;
import vn.trolycongdoan.bot.reports.ConfigFileException;
import vn.trolycongdoan.knowledge.index.IndexInUseException;

/**
 * Turns bad usage and failures into a Vietnamese message and an exit code: 2 for bad usage,
 * settings or operator files, 1 else. An expected failure (bad settings, operator file or data
 * folder, index in use, port taken) is the Vietnamese message alone, its English detail logged at
 * DEBUG; only an unexpected one is also logged as an ERROR with its stack trace, after the
 * Vietnamese message.
 */
final class CliErrors {

  private static final Logger log = LoggerFactory.getLogger(CliErrors.class);
  private static final int FAILED = 1;

  private CliErrors() {}

  static int badUsage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(describe(e));
    err.println("Xem hướng dẫn: " + command.getCommandSpec().qualifiedName() + " --help");
    err.flush();
    return ExitCode.USAGE;
  }

  static int failed(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    int exitCode = ExitCode.USAGE;
    if (e instanceof SettingsException bad) {
      log.debug(bad.getMessage());
      err.println(bad.vietnameseMessage());
    } else if (e instanceof ConfigFileException bad) {
      log.debug(bad.getMessage());
      err.println(bad.vietnameseMessage());
    } else if (e instanceof InvalidRequestException bad) {
      err.println(bad.getMessage());
    } else if (e instanceof IndexInUseException inUse) {
      log.debug(inUse.getMessage());
      err.println(
          "Chỉ mục đang được một chương trình khác dùng (thường là máy chủ đang chạy). Hãy dừng chương trình"
              + " đó rồi chạy lại, hoặc chọn thư mục dữ liệu khác bằng --data.");
      exitCode = FAILED;
    } else if (e instanceof JavalinBindException taken) {
      log.debug("Cannot listen: {}", taken.getMessage());
      err.println(
          "Không mở được cổng của máy chủ web (có thể cổng đang bị chiếm). Hãy chọn cổng khác bằng --port.");
      exitCode = FAILED;
    } else {
      err.println("Đã có lỗi: " + e + ". Chi tiết (tiếng Anh) ở nhật ký bên dưới.");
      err.flush();
      log.error("Command failed", e);
      exitCode = FAILED;
    }
    err.flush();
    return exitCode;
  }

  private static String describe(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched) {
      return "Không hiểu tham số: " + String.join(" ", unmatched.getUnmatched());
    }
    if (e instanceof MissingParameterException missing) {
      return "Thiếu "
          + missing.getMissing().stream().map(CliErrors::name).collect(Collectors.joining(", "));
    }
    return "Lệnh không hợp lệ: " + e.getMessage();
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option
        ? "giá trị của tùy chọn " + option.longestName()
        : arg.paramLabel();
  }
}
