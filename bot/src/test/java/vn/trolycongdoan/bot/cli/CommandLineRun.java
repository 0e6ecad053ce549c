package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One run of the real command line with captured output. */
record CommandLineRun(int exitCode, String out, String err) {

  static CommandLineRun of(Map<String, String> environment, String... args) {
    CommandLine commandLine = RootCommand.commandLine(environment);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CommandLineRun(exitCode, out.toString(), err.toString());
  }
}
