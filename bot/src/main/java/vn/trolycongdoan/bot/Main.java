package vn.trolycongdoan.bot;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import vn.trolycongdoan.bot.cli.RootCommand;

/** {@code java -jar troly-congdoan.jar [serve|ask|index] …}; without a command it serves. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine = RootCommand.commandLine(System.getenv());
    commandLine.setOut(utf8(System.out));
    commandLine.setErr(utf8(System.err));
    System.exit(commandLine.execute(args));
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
