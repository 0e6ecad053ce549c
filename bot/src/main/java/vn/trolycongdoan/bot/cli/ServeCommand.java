package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.app.Application;
import vn.trolycongdoan.bot.config.Settings;

/** {@code serve}: runs the service (web chat, API, Telegram bot) until the process is stopped. */
@Command(
    name = "serve",
    description = "Chạy trợ lý: trang hỏi đáp, API và bot Telegram (lệnh mặc định).")
final class ServeCommand implements Callable<Integer> {

  private final RootCommand root;

  @Mixin private PortOption port;

  @Spec private CommandSpec spec;

  ServeCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    return serve(root.settings(port.settings()), spec.commandLine().getOut());
  }

  /** Starts the service and blocks until the JVM shuts down (Ctrl+C, SIGTERM). */
  static int serve(Settings settings, PrintWriter out) throws Exception {
    Application application = Application.start(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(application::close, "shutdown"));
    out.println("Trợ lý Công đoàn đang chạy tại " + application.url() + " — nhấn Ctrl+C để dừng.");
    out.flush();
    application.awaitStop();
    return 0;
  }
}
