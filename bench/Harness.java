package bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the benchmarks and operational checks under bench/ share: starting and stopping Payara
 * Micro with the built WAR against a PostgreSQL database, a signed-in API client, a small JSON
 * reader, and percentiles. Compiled together with each program by its run script (the
 * single-file launcher of {@code java} sees one file only).
 */
final class Harness {

  private Harness() {}

  static final String WAR = "crm-web/target/crm.war";
  static final String MICRO = "crm-web/target/payara-micro.jar";
  static final Path TARGET = Path.of("bench/target");

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static int env(String name, int fallback) {
    return Integer.parseInt(env(name, String.valueOf(fallback)));
  }

  static void say(String line) {
    System.out.println(line);
  }

  /** The JDBC coordinates of one database on the benchmark's PostgreSQL server. */
  record Database(String url, String user, String password) {
    /** {@code name} on BENCH_DB_HOST (127.0.0.1:5432) as BENCH_DB_USER / BENCH_DB_PASSWORD. */
    static Database named(String name) {
      return new Database(
          "jdbc:postgresql://" + env("BENCH_DB_HOST", "127.0.0.1:5432") + "/" + name,
          env("BENCH_DB_USER", "postgres"),
          env("BENCH_DB_PASSWORD", "postgres"));
    }
  }

  // ---------------------------------------------------------------------------------- server

  /** A Payara Micro running the application; closing it stops the process. */
  static final class Server implements AutoCloseable {
    /** Stopped by the hook as well, so that an interrupted run leaves no server behind. */
    private static final Set<Server> RUNNING = ConcurrentHashMap.newKeySet();

    static {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(Server::close)));
    }

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private Server(String name, int port, Path log, Process process) {
      this.name = name;
      this.port = port;
      this.log = log;
      this.process = process;
      RUNNING.add(this);
    }

    /**
     * Starts the WAR as it is now (copied first, so a rebuild meanwhile cannot hand a half-written
     * file to the server) on {@code port}, with demo data, against {@code db}. Its output goes to
     * bench/target/{name}.log.
     */
    static Server start(String name, int port, Database db, List<String> jvmOptions)
        throws IOException {
      Path dir = TARGET.resolve(name);
      Files.createDirectories(dir);
      Path war = dir.resolve("crm.war"); // the file name is the context root
      Files.copy(Path.of(WAR), war, StandardCopyOption.REPLACE_EXISTING);
      Path properties = dir.resolve("server.properties");
      Files.writeString(
          properties,
          String.join(
              "\n",
              "crm.db.driver=org.postgresql.ds.PGSimpleDataSource",
              "crm.db.url=" + db.url(),
              "crm.db.user=" + db.user(),
              "crm.db.password=" + db.password(),
              "crm.demo-data=true",
              ""));
      Path log = TARGET.resolve(name + ".log");
      List<String> command = new ArrayList<>(List.of("java"));
      command.addAll(jvmOptions);
      command.addAll(
          List.of(
              "-jar",
              MICRO,
              "--nocluster",
              "--port",
              String.valueOf(port),
              "--systemProperties",
              properties.toString(),
              "--deploy",
              war.toString()));
      say("starting " + name + ": Payara Micro on port " + port + " " + jvmOptions + " (log: " + log
          + ")");
      Process process =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      return new Server(name, port, log, process);
    }

    String api() {
      return "http://127.0.0.1:" + port + "/crm/api/v1/";
    }

    /** Waits until the REST API asks for credentials, which it does once the WAR is deployed. */
    void awaitReady(Duration patience) throws InterruptedException {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      long started = System.nanoTime();
      long deadline = started + patience.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " stopped; see " + log);
        }
        try {
          int status =
              http.send(
                      HttpRequest.newBuilder(URI.create(api() + "item-types")).build(),
                      BodyHandlers.discarding())
                  .statusCode();
          if (status == 401) {
            say(
                name
                    + " answers after "
                    + Duration.ofNanos(System.nanoTime() - started).toSeconds()
                    + " s");
            return;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(500);
      }
      throw new IllegalStateException(name + " did not start in " + patience + "; see " + log);
    }

    @Override
    public void close() {
      if (!RUNNING.remove(this)) {
        return;
      }
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException interrupted) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  // ------------------------------------------------------------------------------------ HTTP

  /**
   * An answer; {@code serverMillis} is what its {@code Server-Timing: app;dur=} header tells, NaN
   * without one.
   */
  record Reply(int status, String body, double serverMillis) {
    Json json() {
      return Json.parse(body);
    }

    /** This reply when it is a success, else an exception naming the call. */
    Reply ok(String call) {
      if (status < 200 || status > 299) {
        throw new IllegalStateException(call + ": " + status + " " + body);
      }
      return this;
    }
  }

  /**
   * An API client of one demo user (password {@code demo}). Signed in, it sends the credentials
   * once and then its session cookie, as a browser would; otherwise it sends them with every call
   * and keeps no cookie.
   *
   * <p>Built on {@link HttpURLConnection}, which sends and reads in the calling thread over a kept
   * connection: {@code java.net.http.HttpClient} hands every call to its selector thread and back,
   * which cost the move benchmark, on cores it shares with the server, about a fifth of its CPU.
   */
  static final class Api {
    static {
      // Each of the move benchmark's clients keeps its own connection alive between calls.
      System.setProperty("http.maxConnections", "32");
    }

    final String login;
    private final String base;
    private final String basic;
    private final boolean credentialsEveryCall;
    private volatile String sessionCookie;

    private Api(String base, String login, boolean credentialsEveryCall) {
      this.base = base;
      this.login = login;
      this.credentialsEveryCall = credentialsEveryCall;
      this.basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in with Basic credentials once, then uses the session the server gave. */
    static Api signedIn(String base, String login) {
      Api api = new Api(base, login, false);
      api.send("GET", "users/me", null, api.basic).ok(login + " signing in");
      if (api.sessionCookie == null) {
        throw new IllegalStateException(login + " signing in: the server gave no session");
      }
      return api;
    }

    /** Sends Basic credentials with every call, without a session cookie. */
    static Api withCredentialsEveryCall(String base, String login) {
      return new Api(base, login, true);
    }

    Reply get(String path) {
      return send("GET", path, null, credentialsEveryCall ? basic : null);
    }

    Reply post(String path, String json) {
      return send("POST", path, json, credentialsEveryCall ? basic : null);
    }

    Reply put(String path, String json) {
      return send("PUT", path, json, credentialsEveryCall ? basic : null);
    }

    /** Sends; a failure to get any answer is an {@link UncheckedIOException}. */
    private Reply send(String method, String path, String json, String authorization) {
      String url = base + path;
      try {
        HttpURLConnection call = (HttpURLConnection) URI.create(url).toURL().openConnection();
        call.setRequestMethod(method);
        call.setConnectTimeout(10_000);
        call.setReadTimeout(60_000);
        call.setUseCaches(false);
        call.setRequestProperty("Accept", "application/json");
        if (authorization != null) {
          call.setRequestProperty("Authorization", authorization);
        }
        if (sessionCookie != null) {
          call.setRequestProperty("Cookie", sessionCookie);
        }
        if (json != null) {
          byte[] body = json.getBytes(StandardCharsets.UTF_8);
          call.setRequestProperty("Content-Type", "application/json");
          call.setDoOutput(true);
          // Streamed with its length, a call is never sent twice behind the caller's back.
          call.setFixedLengthStreamingMode(body.length);
          try (OutputStream out = call.getOutputStream()) {
            out.write(body);
          }
        }
        int status = call.getResponseCode();
        keepSession(call.getHeaderFields().get("Set-Cookie"));
        String body;
        try (InputStream in = status >= 400 ? call.getErrorStream() : call.getInputStream()) {
          body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String timing = call.getHeaderField("Server-Timing");
        double server =
            timing != null && timing.startsWith("app;dur=")
                ? Double.parseDouble(timing.substring("app;dur=".length()))
                : Double.NaN;
        return new Reply(status, body, server);
      } catch (IOException failed) {
        throw new UncheckedIOException(method + " " + url, failed);
      }
    }

    private void keepSession(List<String> setCookies) {
      if (credentialsEveryCall || setCookies == null) {
        return;
      }
      for (String cookie : setCookies) {
        String pair = cookie.split(";", 2)[0].trim();
        if (pair.startsWith("JSESSIONID=")) {
          sessionCookie = pair;
        }
      }
    }
  }

  /** A JSON string literal of {@code text}. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  // ------------------------------------------------------------------------------------ JSON

  /**
   * A JSON value as read: objects are maps, arrays lists, numbers BigDecimal. Enough for reading
   * the API's answers without a library.
   */
  record Json(Object value) {

    static Json parse(String text) {
      Reader reader = new Reader(text);
      Object value = reader.value();
      reader.skipSpace();
      if (reader.at < text.length()) {
        throw new IllegalArgumentException("JSON goes on after its value at " + reader.at);
      }
      return new Json(value);
    }

    Json get(String key) {
      if (!(value instanceof Map<?, ?> object)) {
        throw new IllegalStateException("not an object, no '" + key + "': " + value);
      }
      return new Json(object.get(key));
    }

    boolean has(String key) {
      return value instanceof Map<?, ?> object && object.get(key) != null;
    }

    List<Json> list() {
      if (!(value instanceof List<?> array)) {
        throw new IllegalStateException("not an array: " + value);
      }
      return array.stream().map(Json::new).toList();
    }

    boolean isNull() {
      return value == null;
    }

    long asLong() {
      if (!(value instanceof BigDecimal number)) {
        throw new IllegalStateException("not a number: " + value);
      }
      return number.longValueExact();
    }

    String asString() {
      return value == null ? null : value.toString();
    }

    private static final class Reader {
      private final String text;
      private int at;

      Reader(String text) {
        this.text = text;
      }

      Object value() {
        skipSpace();
        char c = peek();
        switch (c) {
          case '{':
            return object();
          case '[':
            return array();
          case '"':
            return string();
          case 't':
            return literal("true", Boolean.TRUE);
          case 'f':
            return literal("false", Boolean.FALSE);
          case 'n':
            return literal("null", null);
          default:
            return number();
        }
      }

      private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
          at++;
          return object;
        }
        while (true) {
          skipSpace();
          String key = string();
          skipSpace();
          expect(':');
          object.put(key, value());
          skipSpace();
          if (peek() == ',') {
            at++;
          } else {
            expect('}');
            return object;
          }
        }
      }

      private List<Object> array() {
        List<Object> array = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
          at++;
          return array;
        }
        while (true) {
          array.add(value());
          skipSpace();
          if (peek() == ',') {
            at++;
          } else {
            expect(']');
            return array;
          }
        }
      }

      private String string() {
        expect('"');
        StringBuilder string = new StringBuilder();
        while (true) {
          char c = text.charAt(at++);
          if (c == '"') {
            return string.toString();
          }
          if (c != '\\') {
            string.append(c);
            continue;
          }
          char escaped = text.charAt(at++);
          switch (escaped) {
            case 'n' -> string.append('\n');
            case 'r' -> string.append('\r');
            case 't' -> string.append('\t');
            case 'b' -> string.append('\b');
            case 'f' -> string.append('\f');
            case 'u' -> {
              string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> string.append(escaped);
          }
        }
      }

      private BigDecimal number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
          at++;
        }
        if (start == at) {
          throw new IllegalArgumentException("unexpected '" + peek() + "' at " + at);
        }
        return new BigDecimal(text.substring(start, at));
      }

      private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
          throw new IllegalArgumentException("unexpected text at " + at);
        }
        at += word.length();
        return value;
      }

      private void expect(char c) {
        if (peek() != c) {
          throw new IllegalArgumentException("expected '" + c + "' at " + at);
        }
        at++;
      }

      private char peek() {
        if (at >= text.length()) {
          throw new IllegalArgumentException("JSON ends early");
        }
        return text.charAt(at);
      }

      void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
      }
    }
  }

  // ----------------------------------------------------------------------------- percentiles

  /** Milliseconds of repeated runs, sorted. */
  record Timings(List<Double> millis) {
    static Timings of(int runs, MillisSupplier run) {
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        millis.add(run.millis());
      }
      return of(millis);
    }

    static Timings of(List<Double> millis) {
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      return new Timings(sorted);
    }

    /** The nearest-rank percentile, {@code share} between 0 and 1; NaN without runs. */
    double percentile(double share) {
      if (millis.isEmpty()) {
        return Double.NaN;
      }
      return millis.get(Math.max(0, (int) Math.ceil(millis.size() * share) - 1));
    }

    double p50() {
      return millis.isEmpty() ? Double.NaN : millis.get(millis.size() / 2);
    }

    double p95() {
      return percentile(0.95);
    }

    String line(String label) {
      return String.format("%-44s %10.2f %10.2f", label, p50(), p95());
    }
  }

  interface MillisSupplier {
    double millis();
  }

  /** How long {@code run} takes, in milliseconds. */
  static double millis(Runnable run) {
    long started = System.nanoTime();
    run.run();
    return (System.nanoTime() - started) / 1e6;
  }
}
