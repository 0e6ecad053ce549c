package vn.trolycongdoan.bot.reports.parsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.catalogue.IndicatorType;
import vn.trolycongdoan.bot.reports.period.ChatPeriods;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/** One reading of one message: the state of {@link ReportCommandParser#parse}. Not thread-safe. */
final class MessageReading {

  private static final Pattern CODE_LIKE =
      Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)+|[A-Z][A-Z0-9_]+");
  private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}");
  private static final Set<String> PERIOD_WORDS = Set.of("thang", "quy", "nam");
  private static final Set<String> YES = Set.of("co", "roi", "dat", "yes", "x");
  private static final Set<String> NO = Set.of("khong", "chua", "no");
  private static final Set<String> UNIT_WORDS =
      Set.of(
          "nguoi", "nha", "cuoc", "vu", "ban", "luot", "dong", "d", "vnd", "bua", "lan", "cdcs",
          "hoi", "nghi", "thoa", "thuan", "doan", "vien", "don", "vi", "%");

  private final IndicatorNames names;
  private final UnitTree units;
  private final LocalDate today;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<Indicator, DraftValue> values = new LinkedHashMap<>();
  private OrgUnit unit;
  private Period period;
  private boolean header = true;

  MessageReading(IndicatorNames names, UnitTree units, LocalDate today) {
    this.names = names;
    this.units = units;
    this.today = today;
  }

  ParseResult read(String message) {
    for (List<Token> segment : MessageTokens.split(message, this::keepWhole)) {
      int at = 0;
      while (at < segment.size()) {
        at = step(segment, at);
      }
    }
    if (!problems.isEmpty()) {
      return new ParseResult.Problems(problems);
    }
    return new ParseResult.Draft(
        Optional.ofNullable(unit), Optional.ofNullable(period), List.copyOf(values.values()));
  }

  private boolean keepWhole(String word) {
    return ChatPeriods.looksLikePeriod(word) || units.byCode(word).isPresent();
  }

  /** Reads what starts at {@code at} and returns where the next thing starts. */
  private int step(List<Token> words, int at) {
    int next = periodOrUnit(words, at);
    if (next > at) {
      return next;
    }
    Optional<IndicatorNames.Match> match = names.at(words, at);
    if (match.isPresent()) {
      header = false;
      return value(match.get().indicator(), words, match.get().end());
    }
    return unknown(words, at);
  }

  /**
   * A period, a unit or the words that introduce them; returns {@code at} if none. They may come
   * after the pairs too, except a bare year ({@code 2024}), which only the start of a message takes
   * for a period.
   */
  private int periodOrUnit(List<Token> words, int at) {
    Token word = words.get(at);
    if ((word.key().equals("ky") || word.key().equals("don vi")) && at + 1 < words.size()) {
      return at + 1;
    }
    if (word.key().equals("don") && at + 1 < words.size() && words.get(at + 1).key().equals("vi")) {
      return at + 2;
    }
    if (PERIOD_WORDS.contains(word.key()) && at + 1 < words.size()) {
      String joined = word.text() + " " + words.get(at + 1).text();
      if (ChatPeriods.looksLikePeriod(joined)) {
        period(joined);
        return at + 2;
      }
    }
    if (ChatPeriods.looksLikePeriod(word.text())
        && (header || !BARE_YEAR.matcher(word.text()).matches())) {
      period(word.text());
      return at + 1;
    }
    Optional<OrgUnit> named = units.byCode(word.text());
    if (named.isPresent() && names.at(words, at).isEmpty()) {
      unit = named.get();
      return at + 1;
    }
    return at;
  }

  private void period(String written) {
    Optional<Period> read = ChatPeriods.parse(written);
    if (read.isEmpty()) {
      problem(ProblemKind.UNKNOWN_PERIOD, ReportTexts.unknownPeriod(written));
    } else if (period != null) {
      problem(ProblemKind.UNKNOWN_PERIOD, ReportTexts.secondPeriod(written, period));
    } else if (read.get().firstDay().isAfter(today)) {
      problem(ProblemKind.FUTURE_PERIOD, ReportTexts.futurePeriod(read.get()));
    } else {
      period = read.get();
    }
  }

  /** The value of {@code indicator} starting at {@code at}; returns where the next pair starts. */
  private int value(Indicator indicator, List<Token> words, int at) {
    Optional<VietnameseNumbers.Reading> number = number(indicator, words, at);
    if (number.isEmpty()) {
      int end = nextName(words, at);
      String written = text(words, at, end);
      problem(
          ProblemKind.NOT_A_NUMBER,
          indicator.type() == IndicatorType.YES_NO
              ? ReportTexts.notYesNo(indicator, written)
              : ReportTexts.notANumber(indicator, written));
      return end;
    }
    BigDecimal value = number.get().value();
    Optional<Problem> wrong = ValueRules.check(indicator, value);
    wrong.ifPresent(problems::add);
    if (wrong.isEmpty()) {
      add(new DraftValue(indicator, value));
    }
    return unitWords(Catalogue.matchKey(indicator.unitOfMeasure()), words, number.get().end());
  }

  private Optional<VietnameseNumbers.Reading> number(
      Indicator indicator, List<Token> words, int at) {
    if (indicator.type() == IndicatorType.YES_NO && at < words.size()) {
      String key = words.get(at).key();
      if (YES.contains(key) || NO.contains(key)) {
        BigDecimal answer = YES.contains(key) ? BigDecimal.ONE : BigDecimal.ZERO;
        return Optional.of(new VietnameseNumbers.Reading(answer, at + 1, false));
      }
    }
    return VietnameseNumbers.read(words, at);
  }

  private void add(DraftValue value) {
    DraftValue before = values.get(value.indicator());
    if (before == null) {
      values.put(value.indicator(), value);
    } else if (before.value().compareTo(value.value()) != 0) {
      problem(
          ProblemKind.CONFLICTING_VALUES,
          ReportTexts.conflicting(value.indicator(), before, value));
    }
  }

  /**
   * Skips a unit of measure after a value ("15 người", "3 triệu đồng"): common ones and the words
   * of {@code own}, the indicator's.
   */
  private int unitWords(String own, List<Token> words, int at) {
    List<String> ownWords = List.of(own.split(" "));
    int end = at;
    while (end < words.size() && names.at(words, end).isEmpty()) {
      String key = words.get(end).key();
      boolean unitWord =
          !key.isEmpty()
              && Arrays.stream(key.split(" "))
                  .allMatch(part -> UNIT_WORDS.contains(part) || ownWords.contains(part));
      if (!unitWord) {
        break;
      }
      end++;
    }
    return end;
  }

  /** Words that name no indicator: an unknown code with its value, an unknown unit, or noise. */
  private int unknown(List<Token> words, int at) {
    String first = words.get(at).text();
    int end = at + 1;
    if (!CODE_LIKE.matcher(first).matches()) {
      while (end < words.size()
          && names.at(words, end).isEmpty()
          && !VietnameseNumbers.startsAt(words, end)) {
        end++;
      }
    }
    String written = text(words, at, end);
    Optional<VietnameseNumbers.Reading> number =
        VietnameseNumbers.startsAt(words, at)
            ? Optional.empty()
            : VietnameseNumbers.read(words, end);
    if (number.isPresent()) {
      header = false;
      problem(ProblemKind.UNKNOWN_CODE, ReportTexts.unknownCode(written, names.nearest(written)));
      return unitWords("", words, number.get().end());
    }
    if (header && CODE_LIKE.matcher(first).matches() && first.matches(".*[\\d-].*")) {
      problem(ProblemKind.UNKNOWN_UNIT, ReportTexts.unknownUnit(first));
    } else {
      problem(ProblemKind.NOT_UNDERSTOOD, ReportTexts.notUnderstood(written));
    }
    return end;
  }

  private int nextName(List<Token> words, int at) {
    int end = at;
    while (end < words.size() && names.at(words, end).isEmpty()) {
      end++;
    }
    return end;
  }

  private static String text(List<Token> words, int from, int to) {
    return words.subList(from, to).stream().map(Token::text).collect(Collectors.joining(" "));
  }

  private void problem(ProblemKind kind, String message) {
    problems.add(new Problem(kind, message));
  }
}
