package vn.trolycongdoan.bot.reports.catalogue;

import java.math.BigDecimal;
import java.util.List;
import vn.trolycongdoan.bot.reports.period.Cadence;

/**
 * One figure units report, as the catalogue defines it.
 *
 * @param code the short code reporters may type, upper case, e.g. {@code DVM}
 * @param name the Vietnamese name shown in confirmations
 * @param group the Vietnamese name of the group it belongs to, as the staff's spreadsheets title
 *     their sheets ("Chăm lo đời sống")
 * @param aliases other ways to name it, with or without diacritics ("đoàn viên mới", "doan vien
 *     moi")
 * @param unitOfMeasure as shown after a value: "người", "nhà", "đồng", "đ/bữa", "%"
 * @param type what kind of figure it is
 * @param min the least value accepted
 * @param max the greatest value accepted
 * @param rollUp how sub-units' figures combine
 * @param weight for {@link RollUp#MEMBER_WEIGHTED_AVERAGE}, the code of the count indicator whose
 *     figures weigh the average (the members); {@code null} otherwise
 * @param cadence how often it is reported
 * @param overTime how one unit's figures of the periods that make up a longer one combine into its
 *     figure of that period: {@link RollUp#SUM} (the new members of six months), {@link
 *     RollUp#LATEST} (the total members at the end) or {@link RollUp#MAX}
 * @param targets the plans' targets for it, possibly none
 */
public record Indicator(
    String code,
    String name,
    String group,
    List<String> aliases,
    String unitOfMeasure,
    IndicatorType type,
    BigDecimal min,
    BigDecimal max,
    RollUp rollUp,
    String weight,
    Cadence cadence,
    RollUp overTime,
    List<Target> targets) {

  public Indicator {
    aliases = List.copyOf(aliases);
    targets = List.copyOf(targets);
  }

  /** Whether {@code value} lies within {@link #min} and {@link #max}. */
  public boolean accepts(BigDecimal value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }
}
