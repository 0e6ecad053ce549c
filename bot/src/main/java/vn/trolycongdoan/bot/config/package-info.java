/**
 * Settings: bundled defaults, the operator's file, environment variables and options, merged and
 * validated.
 */
package vn.trolycongdoan.bot.config;
