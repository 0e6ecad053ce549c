package vn.trolycongdoan.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.app.Application;
import vn.trolycongdoan.bot.config.Settings;

/** {@code serve}: runs the web server until the process is stopped. */
@Command(name = "serve", description = "Chạy máy chủ web (lệnh mặc định).")
final class ServeCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  private final RootCommand root;

  @Mixin
  private PortOption port;

  @Spec
  private CommandSpec spec;

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
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(application), "shutdown"));
    out.println("Trợ lý Công đoàn đang chạy tại " + application.url() + " — nhấn Ctrl+C để dừng.");
    out.flush();
    application.awaitStop();
    return 0;
  }

  private static void stop(Application application) {
    try {
      application.close();
    } catch (IOException e) {
      log.warn("Stopping did not complete cleanly", e);
    }
  }
}
