package vn.trolycongdoan.bot.reports.parsing;

import java.math.BigDecimal;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.catalogue.IndicatorType;

/**
 * One value of a draft report.
 *
 * @param indicator what it is a figure of
 * @param value the figure, in the indicator's unit of measure (1 or 0 for có/không)
 */
public record DraftValue(Indicator indicator, BigDecimal value) {

  /** As the confirmation shows it: "15 người", "3.500.000 đồng", "85 %", "có". */
  public String shown() {
    if (indicator.type() == IndicatorType.YES_NO) {
      return value.signum() == 0 ? "không" : "có";
    }
    return VietnameseNumbers.format(value) + " " + indicator.unitOfMeasure();
  }
}
