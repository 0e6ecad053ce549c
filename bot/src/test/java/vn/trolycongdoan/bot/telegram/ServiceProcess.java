package vn.trolycongdoan.bot.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.config.BundledDefaults;

/**
 * The real service in a JVM of its own ({@code java -cp <test class path> …Main serve}), for tests
 * that kill it: {@link #kill} is {@link Process#destroyForcibly}, a SIGKILL on Linux, so nothing of
 * the service runs after it. Its log goes to {@code test.log} in the folder given. The helpers
 * below give the fault tests one set-up: a free port, a one-document corpus, and settings that
 * point at a {@link FakeBotApi} with limits high enough for a burst.
 */
final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;

  private ServiceProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts {@code serve} on {@code port} with the settings in {@code environment} and waits until
   * {@code /health} answers.
   */
  static ServiceProcess start(
      Path dataDir, Path corpusDir, Path logDir, int port, Map<String, String> environment)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx384m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Dfile.encoding=UTF-8",
            "-Dtest.log.dir=" + logDir,
            "-cp",
            System.getProperty("java.class.path"),
            "vn.trolycongdoan.bot.Main",
            "--data",
            dataDir.toString(),
            "--corpus",
            corpusDir.toString(),
            "serve",
            "--port",
            Integer.toString(port)));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(logDir.resolve("console.txt").toFile());
    ServiceProcess service = new ServiceProcess(builder.start(), port);
    service.awaitHealthy(Duration.ofSeconds(60));
    return service;
  }

  /** The settings of a service that talks to {@code api} and takes a burst without pacing it. */
  static Map<String, String> environment(FakeBotApi api) {
    Map<String, String> environment = new HashMap<>();
    environment.put("TELEGRAM_BOT_TOKEN", api.token());
    environment.put("TELEGRAM_API_URL", api.url().toString());
    environment.put("CHAT_FLOOD_MESSAGES_PER_MINUTE", "1000");
    environment.put("OUTBOX_MESSAGES_PER_SECOND", "5000");
    environment.put("OUTBOX_BULK_MESSAGES_PER_SECOND", "5000");
    environment.put("OUTBOX_CHAT_MESSAGES_PER_SECOND", "1000");
    return environment;
  }

  /** A corpus folder in {@code folder} holding one bundled plan, so that start-up is quick. */
  static Path smallCorpus(Path folder) throws IOException {
    Path corpus = Files.createDirectories(folder);
    try {
      Files.copy(
          Path.of(BundledDefaults.resource("corpus").orElseThrow().toURI())
              .resolve("plans/001_241fc221d9dce001.txt"),
          corpus.resolve("plan.txt"));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return corpus;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Kills the service at once (SIGKILL) and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Stops the service as an operator would (SIGTERM: the shutdown hook closes it). */
  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  private void awaitHealthy(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("The service exited with " + process.exitValue());
      }
      try {
        if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new AssertionError("The service did not answer /health within " + limit);
  }
}
