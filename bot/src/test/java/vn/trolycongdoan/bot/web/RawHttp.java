package vn.trolycongdoan.bot.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends bytes as they are to a server on this machine and reads the answer, for requests no HTTP
 * client would send (bad URIs, oversized headers, unknown methods).
 */
final class RawHttp {

  /** An answer: its status, its headers as written (lower-cased names) and its body as text. */
  record Answer(int status, String headers, String body) {

    String contentType() {
      for (String line : headers.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          return line.substring("content-type:".length()).strip().toLowerCase(Locale.ROOT);
        }
      }
      return "";
    }
  }

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /** Sends {@code request} (with {@code Connection: close} already in it) and reads to the end. */
  Answer send(byte[] request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException closedEarly) {
        // The server may answer and close before reading everything; read what it said.
      }
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request line and headers, each line ended by CRLF, then a blank line. */
  Answer send(String requestLine, String... headers) {
    StringBuilder request = new StringBuilder(requestLine).append("\r\n");
    request.append("Host: 127.0.0.1\r\nConnection: close\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    request.append("\r\n");
    return send(request.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (IOException reset) {
      // A reset after the answer: keep what arrived.
    }
    return all.toByteArray();
  }

  private static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new AssertionError("Not an HTTP answer: " + text);
    }
    int status = Integer.parseInt(text.substring(9, 12));
    String headers = text.substring(0, end);
    String body = text.substring(end + 4);
    if (headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = unchunk(body);
    }
    return new Answer(status, headers, body);
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
      if (size == 0) {
        break;
      }
      byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
      body.append(chunk);
      at = lineEnd + 2 + chunk.length() + 2;
    }
    return body.toString();
  }
}
