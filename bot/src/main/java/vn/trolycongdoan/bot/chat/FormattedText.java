package vn.trolycongdoan.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Text with simple formatting: a list of runs, each plain, bold or italic. Line breaks are {@code
 * \n} inside runs. Adapters render it (Telegram as escaped HTML, the web chat as DOM text nodes),
 * so no markup is ever parsed from user or document text.
 */
public record FormattedText(List<Run> runs) {

  public FormattedText {
    runs = runs.stream().filter(run -> !run.text().isEmpty()).toList();
  }

  /** How a run looks. */
  public enum Style {
    PLAIN,
    BOLD,
    ITALIC
  }

  /** A stretch of text in one style. */
  public record Run(String text, Style style) {

    public Run {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
    }
  }

  public static FormattedText plain(String text) {
    return builder().plain(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The text without formatting. */
  public String plainText() {
    StringBuilder text = new StringBuilder();
    runs.forEach(run -> text.append(run.text()));
    return text.toString();
  }

  /** Length of {@link #plainText} in UTF-16 units, as Telegram counts it. */
  public int length() {
    return runs.stream().mapToInt(run -> run.text().length()).sum();
  }

  /** Collects runs in order. */
  public static final class Builder {

    private final List<Run> runs = new ArrayList<>();

    private Builder() {}

    public Builder plain(String text) {
      return add(text, Style.PLAIN);
    }

    public Builder bold(String text) {
      return add(text, Style.BOLD);
    }

    public Builder italic(String text) {
      return add(text, Style.ITALIC);
    }

    public Builder newline() {
      return plain("\n");
    }

    /** Appends another text's runs. */
    public Builder append(FormattedText text) {
      runs.addAll(text.runs());
      return this;
    }

    public Builder add(String text, Style style) {
      runs.add(new Run(text, style));
      return this;
    }

    public FormattedText build() {
      return new FormattedText(runs);
    }
  }
}
