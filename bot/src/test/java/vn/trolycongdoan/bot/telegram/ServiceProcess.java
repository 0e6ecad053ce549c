package vn.trolycongdoan.bot.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real service in a JVM of its own ({@code java -cp <test class path> …Main serve}), for tests
 * that kill it: {@link #kill} is {@link Process#destroyForcibly}, a SIGKILL on Linux, so nothing of
 * the service runs after it. Its log goes to {@code test.log} in the folder given.
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
