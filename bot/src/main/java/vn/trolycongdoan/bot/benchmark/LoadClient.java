package vn.trolycongdoan.bot.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One keep-alive HTTP/1.1 connection that sends prepared requests and reads each response to its
 * end, for load generation at little cost: requests are encoded once up front, responses are
 * scanned in one reused buffer, and only the header lines are allocated per request. Understands
 * exactly what a load test of our own server needs: a status line, headers, and a body given by
 * {@code Content-Length} or chunked. Not thread-safe: one thread per client.
 */
final class LoadClient implements AutoCloseable {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final byte[] buffer = new byte[64 * 1024];
  private int start;
  private int end;
  private long contentLength;

  LoadClient(int port) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress("127.0.0.1", port));
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  /** The request bytes for {@code GET path + question} (URL-encoded), one per question. */
  static byte[][] requests(String path, List<String> questions) {
    byte[][] requests = new byte[questions.size()][];
    for (int i = 0; i < requests.length; i++) {
      String target = path + URLEncoder.encode(questions.get(i), StandardCharsets.UTF_8);
      requests[i] =
          ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
    }
    return requests;
  }

  /**
   * Sends one request and reads its whole response.
   *
   * @return the HTTP status
   * @throws IOException if the connection fails or the response is not understood
   */
  int send(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    int status = statusAndHeaders();
    if (contentLength >= 0) {
      skip(contentLength);
    } else {
      skipChunks();
    }
    return status;
  }

  private int statusAndHeaders() throws IOException {
    String statusLine = line();
    if (!statusLine.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP/1.1 response: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    contentLength = -1;
    for (String header = line(); !header.isEmpty(); header = line()) {
      if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
        contentLength = Long.parseLong(header.substring(15).strip());
      }
    }
    return status;
  }

  private void skipChunks() throws IOException {
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      long chunk = Long.parseLong(semicolon < 0 ? size : size.substring(0, semicolon), 16);
      if (chunk == 0) {
        while (!line().isEmpty()) {
          // trailers
        }
        return;
      }
      skip(chunk);
      line();
    }
  }

  /** The next line without its CRLF. */
  private String line() throws IOException {
    while (true) {
      for (int i = start; i + 1 < end; i++) {
        if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
          String line = new String(buffer, start, i - start, StandardCharsets.ISO_8859_1);
          start = i + 2;
          return line;
        }
      }
      fill();
    }
  }

  private void skip(long bytes) throws IOException {
    while (bytes > 0) {
      if (start == end) {
        fill();
      }
      int taken = (int) Math.min(bytes, end - start);
      start += taken;
      bytes -= taken;
    }
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      throw new IOException("response line longer than " + buffer.length + " bytes");
    }
    int read = in.read(buffer, end, buffer.length - end);
    if (read < 0) {
      throw new IOException("connection closed by the server");
    }
    end += read;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
