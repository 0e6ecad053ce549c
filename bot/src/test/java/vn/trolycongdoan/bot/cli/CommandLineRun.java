package vn.trolycongdoan.bot.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** One run of the real command line with captured output. */
record CommandLineRun(int exitCode, String out, String err) {

  static CommandLineRun of(Map<String, String> environment, String... args) {
    return run(RootCommand.commandLine(environment), args);
  }

  /** A run whose standard input (not a console) is {@code input}. */
  static CommandLineRun withInput(String input, Map<String, String> environment, String... args) {
    InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    return run(RootCommand.commandLine(environment, in), args);
  }

  private static CommandLineRun run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CommandLineRun(exitCode, out.toString(), err.toString());
  }
}
