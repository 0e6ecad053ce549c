package vn.trolycongdoan.bot.app;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.corpus.KnowledgeSetup;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.web.WebServer;
import vn.trolycongdoan.knowledge.KnowledgeBase;

/**
 * The running service: the knowledge base, the web server and a refresh of the index in the background, started
 * together and closed together. {@link #close} may be called from any thread, more than once.
 */
public final class Application implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Application.class);

  private final KnowledgeBase base;
  private final BackgroundIndexer indexer;
  private final WebServer web;
  private final String url;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private Application(KnowledgeBase base, BackgroundIndexer indexer, WebServer web, String host) {
    this.base = base;
    this.indexer = indexer;
    this.web = web;
    this.url = "http://" + displayHost(host) + ":" + web.port();
  }

  /**
   * Opens the index, starts serving, then refreshes the index in the background: answers come from the previous
   * index until the refresh commits.
   *
   * @throws IOException if the index cannot be opened
   * @throws io.javalin.util.JavalinBindException if the port is taken
   */
  public static Application start(Settings settings) throws IOException {
    KnowledgeBase base = KnowledgeSetup.open(settings);
    BackgroundIndexer indexer = new BackgroundIndexer(base);
    WebServer web;
    try {
      web = WebServer.start(settings, DocumentLibrary.of(base), indexer, message -> ChatResponse.ignored(), List.of());
    } catch (RuntimeException e) {
      base.close();
      throw e;
    }
    Application application = new Application(base, indexer, web, settings.host());
    log.info("Listening on {}", application.url());
    indexer.refresh();
    return application;
  }

  /** Where the service answers, e.g. {@code http://localhost:7070}. */
  public String url() {
    return url;
  }

  public int port() {
    return web.port();
  }

  /** Blocks until {@link #close} has run. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  @Override
  public synchronized void close() throws IOException {
    if (stopped.getCount() == 0) {
      return;
    }
    web.close();
    indexer.close();
    base.close();
    stopped.countDown();
    log.info("Stopped");
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
  }
}
