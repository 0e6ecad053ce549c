package vn.trolycongdoan.bot.reports;

/**
 * An operator file of the reports (the indicator catalogue, the org-unit tree), or the topic tags'
 * list, that cannot be used. The message is English for the log; {@link #vietnameseMessage} is
 * shown to the operator. Both name the file, the line and the problem.
 */
public final class ConfigFileException extends RuntimeException {

  private final String file;
  private final int line;
  private final String vietnameseMessage;

  /**
   * @param file the file as the operator knows it: its path, or the bundled file's name
   * @param line the line the problem is on, from 1; 0 if it concerns the whole file
   * @param vietnameseProblem what is wrong, in Vietnamese, e.g. "mã chỉ tiêu DVM trùng với dòng 12"
   * @param englishProblem the same in English
   */
  public ConfigFileException(
      String file, int line, String vietnameseProblem, String englishProblem) {
    super(file + (line > 0 ? ", line " + line : "") + ": " + englishProblem);
    this.file = file;
    this.line = line;
    this.vietnameseMessage =
        "Tệp cấu hình sai: " + file + (line > 0 ? ", dòng " + line : "") + ": " + vietnameseProblem;
  }

  public String file() {
    return file;
  }

  /** The line of the problem, from 1; 0 when it concerns the whole file. */
  public int line() {
    return line;
  }

  public String vietnameseMessage() {
    return vietnameseMessage;
  }
}
