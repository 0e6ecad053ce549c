package vn.trolycongdoan.bot.reports.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.trolycongdoan.bot.reports.ConfigFileException;
import vn.trolycongdoan.bot.reports.catalogue.RawIndicator.RawTarget;
import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.UnitLevel;

/** Checks one indicator entry of the catalogue file and builds it; refuses the first problem. */
final class IndicatorBuilder {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

  /** The group of an indicator the file puts in none. */
  static final String OTHER_GROUP = "Chỉ tiêu khác";

  private static final int MOST_GROUP_CHARACTERS = 31;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String file;
  private final int line;

  IndicatorBuilder(String file, int line) {
    this.file = file;
    this.line = line;
  }

  Indicator build(RawIndicator raw) {
    String code = required(raw.code(), "code");
    if (!CODE.matcher(code).matches()) {
      throw problem(
          "mã \"" + code + "\" phải gồm 2–16 chữ in hoa A–Z, số hoặc _, bắt đầu bằng chữ",
          "code \"" + code + "\" must be 2-16 of A-Z, 0-9 or _, starting with a letter");
    }
    String name = required(raw.name(), "name");
    List<String> aliases = raw.aliases() == null ? List.of() : raw.aliases();
    if (aliases.stream().anyMatch(alias -> alias == null || Catalogue.matchKey(alias).isEmpty())) {
      throw problem("chỉ tiêu " + code + " có tên gọi khác để trống", code + " has a blank alias");
    }
    IndicatorType type = oneOf(raw.type(), "type", IndicatorType.values(), IndicatorType::key);
    BigDecimal[] range = range(code, type, raw.range());
    RollUp rollUp = oneOf(raw.rollup(), "rollup", RollUp.values(), RollUp::key);
    String weight = weight(code, type, rollUp, raw.weight());
    Cadence cadence = oneOf(raw.cadence(), "cadence", Cadence.values(), Cadence::key);
    RollUp overTime = overTime(code, type, rollUp, raw.overTime());
    List<Target> targets = new ArrayList<>();
    List<RawTarget> rawTargets = raw.targets() == null ? List.of() : raw.targets();
    for (int i = 0; i < rawTargets.size(); i++) {
      targets.add(target(code, i + 1, rawTargets.get(i), range));
    }
    return new Indicator(
        code,
        name,
        group(code, raw.group()),
        aliases,
        required(raw.unit(), "unit"),
        type,
        range[0],
        range[1],
        rollUp,
        weight,
        cadence,
        overTime,
        targets);
  }

  /** Written, or {@link #OTHER_GROUP}; it names a spreadsheet sheet, so 31 characters at most. */
  private String group(String code, String written) {
    if (written == null || written.isBlank()) {
      return OTHER_GROUP;
    }
    String group = written.strip();
    if (group.length() > MOST_GROUP_CHARACTERS || group.matches(".*[\\\\/?*\\[\\]:].*")) {
      throw problem(
          "nhóm \""
              + group
              + "\" của chỉ tiêu "
              + code
              + " dài quá 31 ký tự hoặc có ký tự \\ / ? * [ ] :",
          "group \""
              + group
              + "\" of "
              + code
              + " is longer than 31 characters or has \\ / ? * [ ] :");
    }
    return group;
  }

  /**
   * Written, or by default: a count or an amount added up over units is added up over time too, the
   * highest stays the highest, anything else (a share, có/không, one unit's figure) is the latest.
   */
  private RollUp overTime(String code, IndicatorType type, RollUp rollUp, String written) {
    if (written == null) {
      boolean amount = type == IndicatorType.COUNT || type == IndicatorType.MONEY;
      if (rollUp == RollUp.SUM && amount) {
        return RollUp.SUM;
      }
      return rollUp == RollUp.MAX ? RollUp.MAX : RollUp.LATEST;
    }
    RollUp overTime = oneOf(written, "over-time", RollUp.values(), RollUp::key);
    boolean sumOfShares = overTime == RollUp.SUM && type == IndicatorType.PERCENT;
    if (overTime == RollUp.MEMBER_WEIGHTED_AVERAGE || sumOfShares) {
      throw problem(
          "chỉ tiêu " + code + ": \"over-time\" là sum, latest hoặc max (không cộng tỷ lệ)",
          code + ": \"over-time\" is sum, latest or max (a percent is not summed)");
    }
    return overTime;
  }

  private BigDecimal[] range(String code, IndicatorType type, List<BigDecimal> range) {
    if (type == IndicatorType.YES_NO) {
      if (range != null) {
        throw problem(
            "chỉ tiêu có/không (" + code + ") không có khoảng giá trị \"range\"",
            "a yes-no indicator (" + code + ") has no range");
      }
      return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
    }
    boolean ok =
        range != null
            && range.size() == 2
            && range.get(0) != null
            && range.get(1) != null
            && range.get(0).compareTo(range.get(1)) <= 0
            && range.get(0).signum() >= 0
            && (type != IndicatorType.PERCENT || range.get(1).compareTo(HUNDRED) <= 0);
    if (!ok) {
      throw problem(
          "chỉ tiêu "
              + code
              + " cần \"range: [nhỏ nhất, lớn nhất]\", từ 0 trở lên"
              + (type == IndicatorType.PERCENT ? " và không quá 100" : ""),
          code
              + " needs \"range: [min, max]\" with 0 <= min <= max"
              + (type == IndicatorType.PERCENT ? " <= 100" : ""));
    }
    return new BigDecimal[] {range.get(0), range.get(1)};
  }

  private String weight(String code, IndicatorType type, RollUp rollUp, String weight) {
    boolean weighted = rollUp == RollUp.MEMBER_WEIGHTED_AVERAGE;
    if (weighted && (type == IndicatorType.COUNT || type == IndicatorType.YES_NO)) {
      throw problem(
          "chỉ tiêu " + code + ": bình quân gia quyền chỉ dùng cho tỷ lệ hoặc số tiền",
          code + ": a member-weighted average is for a percent or money only");
    }
    if (weighted != (weight != null)) {
      throw problem(
          weighted
              ? "chỉ tiêu " + code + " cần \"weight\": mã chỉ tiêu số đoàn viên dùng làm quyền số"
              : "chỉ tiêu " + code + ": \"weight\" chỉ dùng với rollup member-weighted-average",
          weighted
              ? code + " needs \"weight\": the code of the members count that weighs the average"
              : code + ": \"weight\" goes with rollup member-weighted-average only");
    }
    return weight;
  }

  private Target target(String code, int number, RawTarget raw, BigDecimal[] range) {
    String where = "chỉ tiêu " + code + ", mục tiêu thứ " + number + ": ";
    String whereEnglish = code + ", target " + number + ": ";
    UnitLevel level = oneOf(raw.level(), "level", UnitLevel.values(), UnitLevel::key);
    if ((raw.each() == null) == (raw.period() == null)) {
      throw problem(
          where + "cần đúng một trong \"each\" (mỗi kỳ) hoặc \"period\" (một kỳ)",
          whereEnglish + "needs exactly one of \"each\" and \"period\"");
    }
    TargetPeriod when =
        raw.each() != null
            ? new TargetPeriod(oneOf(raw.each(), "each", Cadence.values(), Cadence::key), null)
            : new TargetPeriod(null, period(raw.period(), where, whereEnglish));
    if (raw.value() == null
        || raw.value().compareTo(range[0]) < 0
        || raw.value().compareTo(range[1]) > 0) {
      throw problem(
          where + "\"value\" phải là số trong khoảng " + range[0] + "–" + range[1],
          whereEnglish + "\"value\" must be a number within " + range[0] + "-" + range[1]);
    }
    PlanPassage source =
        new PlanPassage(required(raw.document(), "document"), required(raw.section(), "section"));
    return new Target(level, when, raw.value(), required(raw.written(), "written"), source);
  }

  private Period period(String text, String where, String whereEnglish) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw problem(
          where + "kỳ \"" + text + "\" không hợp lệ (viết 2028, 2028-H1, 2028-Q2 hoặc 2028-06)",
          whereEnglish + e.getMessage());
    }
  }

  private <T> T oneOf(String text, String field, T[] values, Function<T, String> key) {
    String written = required(text, field);
    Optional<T> found = Arrays.stream(values).filter(v -> key.apply(v).equals(written)).findFirst();
    return found.orElseThrow(
        () -> {
          List<String> known = Arrays.stream(values).map(key).toList();
          return problem(
              "\"" + field + "\" không nhận giá trị \"" + written + "\"; dùng một trong " + known,
              "\"" + field + "\" cannot be \"" + written + "\"; use one of " + known);
        });
  }

  private String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw problem("thiếu \"" + field + "\"", "\"" + field + "\" is missing");
    }
    return value.strip();
  }

  private ConfigFileException problem(String vietnamese, String english) {
    return new ConfigFileException(file, line, vietnamese, english);
  }
}
