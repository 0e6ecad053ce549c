package vn.trolycongdoan.bot.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.config.SettingsLoader;

/**
 * The command line, {@value #NAME}: holds the options every command shares; without a subcommand it
 * serves. Help and error messages name it as the README runs it.
 */
@Command(
    name = RootCommand.NAME,
    description = "Trợ lý Công đoàn: hỏi đáp về kế hoạch và văn bản pháp luật của Công đoàn.")
public final class RootCommand implements Callable<Integer> {

  /** How the README runs the program, as help and errors show it. */
  static final String NAME = "java -jar bot/target/troly-congdoan.jar";

  @Option(
      names = "--config",
      paramLabel = "TỆP",
      scope = ScopeType.INHERIT,
      description = "Tệp cấu hình (settings.properties) thay cho cấu hình mặc định.")
  private Path settingsFile;

  @Option(
      names = "--data",
      paramLabel = "THƯ_MỤC",
      scope = ScopeType.INHERIT,
      description = "Thư mục dữ liệu, chứa chỉ mục và kho văn bản (mặc định: data).")
  private String dataDir;

  @Option(
      names = "--corpus",
      paramLabel = "THƯ_MỤC",
      scope = ScopeType.INHERIT,
      description = "Thư mục văn bản cần tra cứu (mặc định: kho văn bản kèm theo).")
  private String corpusDir;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      scope = ScopeType.INHERIT,
      description = "Hiện hướng dẫn này rồi thoát.")
  private boolean help;

  @Mixin private PortOption port;

  @Spec private CommandSpec spec;

  private final Map<String, String> environment;

  private RootCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /**
   * The whole command line, ready to {@link CommandLine#execute}; {@code environment} is {@code
   * System.getenv()}.
   */
  public static CommandLine commandLine(Map<String, String> environment) {
    return commandLine(environment, System.in);
  }

  /** {@link #commandLine(Map)} reading what commands read (a password) from {@code input}. */
  static CommandLine commandLine(Map<String, String> environment, InputStream input) {
    RootCommand root = new RootCommand(environment);
    CommandLine commandLine =
        new CommandLine(root)
            .addSubcommand("serve", new ServeCommand(root))
            .addSubcommand("ask", new AskCommand(root))
            .addSubcommand("index", new IndexCommand(root))
            .addSubcommand("benchmark", new BenchmarkCommand(root))
            .addSubcommand("units", new UnitsCommand(root))
            .addSubcommand("indicators", new IndicatorsCommand(root))
            .addSubcommand("invite", new InviteCommand(root))
            .addSubcommand(
                "staff",
                new CommandLine(new StaffCommand())
                    .addSubcommand("token", new StaffTokenCommand(root))
                    .addSubcommand("add", new StaffAddCommand(root, input)));
    VietnameseUsage.apply(commandLine);
    commandLine.setParameterExceptionHandler(CliErrors::badUsage);
    commandLine.setExecutionExceptionHandler(CliErrors::failed);
    return commandLine;
  }

  @Override
  public Integer call() throws Exception {
    return ServeCommand.serve(settings(port.settings()), spec.commandLine().getOut());
  }

  /** The settings from the shared options plus a command's own. */
  Settings settings(Map<SettingKey, String> commandOptions) {
    Map<SettingKey, String> options = new EnumMap<>(SettingKey.class);
    if (dataDir != null) {
      options.put(SettingKey.DATA_DIR, dataDir);
    }
    if (corpusDir != null) {
      options.put(SettingKey.CORPUS_DIR, corpusDir);
    }
    options.putAll(commandOptions);
    return new SettingsLoader(environment).load(settingsFile, options);
  }

  Map<String, String> environment() {
    return environment;
  }
}
