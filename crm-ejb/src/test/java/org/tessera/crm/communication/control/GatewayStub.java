package org.tessera.crm.communication.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A message gateway on the loopback address that records each request and gives one answer. */
final class GatewayStub implements AutoCloseable {

  record Request(String method, URI uri, String authorization, String contentType, String body) {}

  private final HttpServer server;
  private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private final int status;
  private final String answer;
  private final boolean stalls;

  private GatewayStub(int status, String answer, boolean stalls) throws IOException {
    this.status = status;
    this.answer = answer;
    this.stalls = stalls;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static GatewayStub answering(int status, String answer) throws IOException {
    return new GatewayStub(status, answer, false);
  }

  /** Answers only when closed, long after any client timeout of the tests. */
  static GatewayStub stalling() throws IOException {
    return new GatewayStub(200, "", true);
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
  }

  Request request() throws InterruptedException {
    return requests.poll(5, TimeUnit.SECONDS);
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    if (stalls) {
      try {
        released.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
