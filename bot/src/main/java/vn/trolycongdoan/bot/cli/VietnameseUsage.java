package vn.trolycongdoan.bot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Vietnamese headings for the help of every command. */
final class VietnameseUsage {

  private VietnameseUsage() {}

  static void apply(CommandLine commandLine) {
    UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
    usage
        .synopsisHeading("Cách dùng: ")
        .descriptionHeading("%n")
        .parameterListHeading("%nTham số:%n")
        .optionListHeading("%nTùy chọn:%n")
        .commandListHeading("%nLệnh:%n");
    commandLine.getSubcommands().values().forEach(VietnameseUsage::apply);
  }
}
