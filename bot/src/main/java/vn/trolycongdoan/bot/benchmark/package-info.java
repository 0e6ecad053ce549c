/** The benchmark command: index build, search latency and HTTP throughput figures. */
package vn.trolycongdoan.bot.benchmark;
