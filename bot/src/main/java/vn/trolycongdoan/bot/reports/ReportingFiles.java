package vn.trolycongdoan.bot.reports;

import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/** The reports' operator files, read and checked: what units report, and the units. */
public record ReportingFiles(Catalogue catalogue, UnitTree units) {}
