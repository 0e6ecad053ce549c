package vn.trolycongdoan.bot.config;

/** One setting's raw text and where it was set. */
record SettingValue(String text, Origin origin) {}
