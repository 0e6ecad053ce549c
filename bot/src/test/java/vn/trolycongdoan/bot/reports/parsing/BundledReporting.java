package vn.trolycongdoan.bot.reports.parsing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.CatalogueReader;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;

/** The parser over the catalogue and units that ship, on 15 August 2024 in Việt Nam. */
final class BundledReporting {

  static final Catalogue CATALOGUE =
      CatalogueReader.read(BundledDefaults.indicators().orElseThrow(), "indicators.yaml");
  static final UnitTree UNITS =
      UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");
  static final Clock AUGUST_15_2024 =
      Clock.fixed(Instant.parse("2024-08-15T03:00:00Z"), ZoneOffset.UTC);

  private BundledReporting() {}

  static ReportCommandParser parser() {
    return new ReportCommandParser(CATALOGUE, UNITS, AUGUST_15_2024);
  }
}
