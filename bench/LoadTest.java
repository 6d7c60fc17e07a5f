package bench;

import static bench.Harness.env;
import static bench.Harness.quote;
import static bench.Harness.say;

import bench.Harness.Api;
import bench.Harness.Database;
import bench.Harness.Json;
import bench.Harness.Reply;
import bench.Harness.Server;
import bench.Harness.Timings;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Many users at once on one Payara Micro and PostgreSQL: they read the board, cards and timelines,
 * move cards between stages and comment, for a while; then the timelines and the board are
 * reconciled with what the users were told, so that a lost or doubled write shows. Prints
 * throughput, p50/p95 per kind of request, the error rate and conflicts, and exits non-zero if an
 * update was lost or more than 1 % of the requests failed. Run with {@code bench/run-load}; see
 * bench/README.md.
 */
public class LoadTest {

  static final Database DB = Database.named(env("BENCH_LOAD_DB", "crm_load"));
  static final int PORT = env("BENCH_LOAD_PORT", 8193);
  static final int SECONDS = env("BENCH_LOAD_SECONDS", 60);
  static final int USERS = env("BENCH_LOAD_USERS", 50);
  static final int DEALS = env("BENCH_LOAD_DEALS", 200);
  /** {@code session}: each user signs in once and keeps its cookie; {@code basic}: credentials on every call, no cookie. */
  static final String AUTH = env("BENCH_LOAD_AUTH", "basic");
  static final List<String> JVM =
      Arrays.asList(env("BENCH_LOAD_JVM", "-Xmx1g -XX:TieredStopAtLevel=1").split("\\s+"));
  static final List<String> LOGINS = List.of("admin", "sophie", "marc", "julie");
  static final double MAX_ERROR_RATE = 0.01;
  static final String PO_FIELD = "load_po";

  enum Kind {
    BOARD,
    ITEM,
    TIMELINE,
    MOVE,
    COMMENT
  }

  /** What a request came to. */
  enum Outcome {
    OK,
    CONFLICT,
    REQUIRED_FIELDS,
    FORBIDDEN,
    UNAUTHORIZED,
    OTHER_4XX,
    SERVER_ERROR,
    TRANSPORT
  }

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    boolean passed;
    try (Server server = Server.start("load", PORT, DB, JVM)) {
      server.awaitReady(Duration.ofMinutes(4));
      Seed seed = Seed.plant(server.api());
      Run run = Run.drive(server.api(), seed);
      passed = report(seed, run, Reconciliation.of(server.api(), seed, run));
    } finally {
      say("load test took " + Duration.ofNanos(System.nanoTime() - started).toSeconds()
          + " s, server included");
    }
    System.exit(passed ? 0 : 1);
  }

  // ------------------------------------------------------------------------------------ seed

  /** A pipeline of the load test's own, so its board holds the seeded deals only. */
  record Seed(
      long pipeline,
      List<Long> stages,
      Map<Long, String> stageNames,
      long[] deals,
      long[] firstVersions,
      long[] firstStages,
      BigDecimal[] amounts) {

    static Seed plant(String api) throws Exception {
      long started = System.nanoTime();
      Api admin = Api.withCredentialsEveryCall(api, "admin");
      long pipeline =
          admin
              .post("pipelines", "{\"type\":\"deal\",\"name\":\"Load test\"}")
              .ok("new pipeline")
              .json()
              .get("id")
              .asLong();
      List<Json> stageList =
          admin.get("pipelines/" + pipeline + "/stages").ok("stages").json().list();
      List<Long> stages = stageList.stream().map(s -> s.get("id").asLong()).toList();
      Map<Long, String> names = new HashMap<>();
      long success = -1;
      for (Json stage : stageList) {
        names.put(stage.get("id").asLong(), stage.get("name").asString());
        if ("SUCCESS".equals(stage.get("semantics").asString())) {
          success = stage.get("id").asLong();
        }
      }
      // Half the deals lack the purchase order their success stage requires: moving them there
      // answers 422, which must change nothing.
      admin
          .post(
              "fields",
              "{\"type\":\"deal\",\"code\":\""
                  + PO_FIELD
                  + "\",\"dataType\":\"STRING\",\"labelEn\":\"Purchase order\","
                  + "\"requiredStageIds\":["
                  + success
                  + "]}")
          .ok("new field");
      List<Long> responsibles = new ArrayList<>();
      for (String login : LOGINS) {
        responsibles.add(
            Api.withCredentialsEveryCall(api, login).get("users/me").ok("me").json().get("id").asLong());
      }

      long[] deals = new long[DEALS];
      long[] versions = new long[DEALS];
      long[] firstStages = new long[DEALS];
      BigDecimal[] amounts = new BigDecimal[DEALS];
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> creating = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int thread = t;
          Api creator = Api.withCredentialsEveryCall(api, "admin");
          creating.add(
              pool.submit(
                  () -> {
                    for (int n = thread; n < DEALS; n += 4) {
                      BigDecimal amount = BigDecimal.valueOf(1000 + 37L * n).setScale(2);
                      Json deal =
                          creator
                              .post(
                                  "items",
                                  "{\"typeCode\":\"deal\",\"pipelineId\":"
                                      + pipeline
                                      + ",\"title\":\"Load deal "
                                      + n
                                      + "\",\"amount\":"
                                      + amount
                                      + ",\"currency\":\"EUR\",\"responsibleId\":"
                                      + responsibles.get(n % responsibles.size())
                                      + (n % 2 == 0
                                          ? ",\"fields\":{\"" + PO_FIELD + "\":\"PO-" + n + "\"}"
                                          : "")
                                      + "}")
                              .ok("new deal")
                              .json();
                      deals[n] = deal.get("id").asLong();
                      versions[n] = deal.get("version").asLong();
                      firstStages[n] = deal.get("stageId").asLong();
                      amounts[n] = amount;
                    }
                    return null;
                  }));
        }
        for (Future<?> done : creating) {
          done.get();
        }
      } finally {
        pool.shutdown();
      }
      say(
          "seeded "
              + DEALS
              + " deals in pipeline "
              + pipeline
              + " "
              + stages.stream().map(names::get).toList()
              + " in "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + " ms");
      return new Seed(pipeline, stages, names, deals, versions, firstStages, amounts);
    }

    int size() {
      return deals.length;
    }
  }

  // ----------------------------------------------------------------------------------- users

  /** What one simulated user did and was told; read by the main thread after it finished. */
  static final class User implements Runnable {
    final int number;
    final Api api;
    final Seed seed;
    final long until;
    final AtomicIntegerArray movesByDeal;
    final Set<String> unknownComments;
    final AtomicIntegerArray unknownMovesByDeal;
    final Map<Kind, List<Double>> millis = new EnumMap<>(Kind.class);
    final Map<Kind, Map<Outcome, Integer>> outcomes = new EnumMap<>(Kind.class);
    final Set<String> comments = new HashSet<>();
    final List<String> errors = new ArrayList<>();
    int moves;
    private int sequence;

    User(
        int number,
        Api api,
        Seed seed,
        long until,
        AtomicIntegerArray movesByDeal,
        AtomicIntegerArray unknownMovesByDeal,
        Set<String> unknownComments) {
      this.number = number;
      this.api = api;
      this.seed = seed;
      this.until = until;
      this.movesByDeal = movesByDeal;
      this.unknownMovesByDeal = unknownMovesByDeal;
      this.unknownComments = unknownComments;
      for (Kind kind : Kind.values()) {
        millis.put(kind, new ArrayList<>());
        outcomes.put(kind, new EnumMap<>(Outcome.class));
      }
    }

    @Override
    public void run() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      while (System.nanoTime() < until) {
        int n = random.nextInt(seed.size());
        long deal = seed.deals()[n];
        int pick = random.nextInt(100);
        if (pick < 20) {
          call(Kind.BOARD, () -> api.get("boards/" + seed.pipeline() + "?cards=20"));
        } else if (pick < 35) {
          call(Kind.ITEM, () -> api.get("items/" + deal));
        } else if (pick < 50) {
          call(Kind.TIMELINE, () -> api.get("items/" + deal + "/timeline?size=20"));
        } else if (pick < 80) {
          move(n, deal, random);
        } else {
          comment(n, deal);
        }
      }
    }

    /** Reads the card, then moves it to another stage than the one read, with the version read. */
    private void move(int n, long deal, ThreadLocalRandom random) {
      Reply read = call(Kind.ITEM, () -> api.get("items/" + deal));
      if (read == null || read.status() != 200) {
        return;
      }
      Json item = read.json();
      long current = item.get("stageId").asLong();
      List<Long> others = seed.stages().stream().filter(s -> s != current).toList();
      long target = others.get(random.nextInt(others.size()));
      String body = "{\"stageId\":" + target + ",\"version\":" + item.get("version").asLong() + "}";
      Reply moved = call(Kind.MOVE, () -> api.put("items/" + deal + "/stage", body));
      if (moved == null) {
        unknownMovesByDeal.incrementAndGet(n);
      } else if (moved.status() == 200) {
        movesByDeal.incrementAndGet(n);
        moves++;
      }
    }

    private void comment(int n, long deal) {
      String text = "load u" + number + " c" + (++sequence) + " on " + n;
      Reply written =
          call(
              Kind.COMMENT,
              () -> api.post("items/" + deal + "/timeline/comments", "{\"text\":" + quote(text) + "}"));
      if (written == null) {
        unknownComments.add(text);
      } else if (written.status() == 201) {
        comments.add(text);
      }
    }

    /** Sends, times and classifies one request; null when no answer came. */
    private Reply call(Kind kind, java.util.function.Supplier<Reply> request) {
      long started = System.nanoTime();
      Reply reply;
      try {
        reply = request.get();
      } catch (UncheckedIOException failed) {
        millis.get(kind).add((System.nanoTime() - started) / 1e6);
        count(kind, Outcome.TRANSPORT);
        error(kind + " " + failed.getMessage() + ": " + failed.getCause());
        return null;
      }
      millis.get(kind).add((System.nanoTime() - started) / 1e6);
      Outcome outcome = outcome(kind, reply);
      count(kind, outcome);
      if (isError(outcome)) {
        error(kind + " " + reply.status() + " " + reply.body());
      }
      return reply;
    }

    private static Outcome outcome(Kind kind, Reply reply) {
      int status = reply.status();
      if (status >= 200 && status < 300) {
        return Outcome.OK;
      }
      if (status == 409 && kind == Kind.MOVE) {
        return Outcome.CONFLICT;
      }
      if (status == 422 && kind == Kind.MOVE && reply.body().contains("field.required")) {
        return Outcome.REQUIRED_FIELDS;
      }
      if (status == 401) {
        return Outcome.UNAUTHORIZED;
      }
      if (status == 403) {
        return Outcome.FORBIDDEN;
      }
      return status >= 500 ? Outcome.SERVER_ERROR : Outcome.OTHER_4XX;
    }

    private void count(Kind kind, Outcome outcome) {
      outcomes.get(kind).merge(outcome, 1, Integer::sum);
    }

    private void error(String what) {
      if (errors.size() < 3) {
        errors.add(what.length() > 300 ? what.substring(0, 300) + "..." : what);
      }
    }
  }

  static boolean isError(Outcome outcome) {
    return outcome != Outcome.OK
        && outcome != Outcome.CONFLICT
        && outcome != Outcome.REQUIRED_FIELDS;
  }

  /** The users' run, added up. */
  record Run(
      List<User> users,
      double seconds,
      AtomicIntegerArray movesByDeal,
      AtomicIntegerArray unknownMovesByDeal,
      Set<String> unknownComments) {

    static Run drive(String api, Seed seed) throws Exception {
      AtomicIntegerArray moves = new AtomicIntegerArray(seed.size());
      AtomicIntegerArray unknownMoves = new AtomicIntegerArray(seed.size());
      Set<String> unknownComments = ConcurrentHashMap.newKeySet();
      List<Api> clients = new ArrayList<>();
      for (int u = 0; u < USERS; u++) {
        String login = LOGINS.get(u % LOGINS.size());
        clients.add(
            "basic".equals(AUTH)
                ? Api.withCredentialsEveryCall(api, login)
                : Api.withCredentialsEveryCall(api, login));
      }
      say(
          USERS
              + " users ("
              + LOGINS.size()
              + " logins, "
              + ("basic".equals(AUTH)
                  ? "Basic credentials on every call, no cookie"
                  : "each signed in once with its own session cookie")
              + ") for "
              + SECONDS
              + " s");
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(USERS);
      List<User> users = new ArrayList<>();
      List<Future<?>> running = new ArrayList<>();
      long started = System.nanoTime();
      long until = started + Duration.ofSeconds(SECONDS).toNanos();
      for (int u = 0; u < USERS; u++) {
        User user = new User(u, clients.get(u), seed, until, moves, unknownMoves, unknownComments);
        users.add(user);
        running.add(
            pool.submit(
                () -> {
                  go.await();
                  user.run();
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> user : running) {
        user.get();
      }
      pool.shutdown();
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Run(users, seconds, moves, unknownMoves, unknownComments);
    }

    int count(Kind kind, Outcome outcome) {
      return users.stream()
          .mapToInt(u -> u.outcomes.get(kind).getOrDefault(outcome, 0))
          .sum();
    }

    int count(Outcome outcome) {
      return Arrays.stream(Kind.values()).mapToInt(kind -> count(kind, outcome)).sum();
    }

    int requests(Kind kind) {
      return users.stream().mapToInt(u -> u.millis.get(kind).size()).sum();
    }

    int requests() {
      return Arrays.stream(Kind.values()).mapToInt(this::requests).sum();
    }

    int errors() {
      return Arrays.stream(Outcome.values())
          .filter(LoadTest::isError)
          .mapToInt(this::count)
          .sum();
    }

    Timings timings(Kind kind) {
      List<Double> all = new ArrayList<>();
      users.forEach(u -> all.addAll(u.millis.get(kind)));
      return Timings.of(all);
    }

    Set<String> comments() {
      Set<String> all = new HashSet<>();
      users.forEach(u -> all.addAll(u.comments));
      return all;
    }

    int moves() {
      return users.stream().mapToInt(u -> u.moves).sum();
    }
  }

  // -------------------------------------------------------------------------- reconciliation

  /** What the timelines and the board hold after the run, against what the users were told. */
  record Reconciliation(List<String> passed, List<String> failed, long lost) {

    static Reconciliation of(String api, Seed seed, Run run) throws Exception {
      long started = System.nanoTime();
      Api admin = Api.withCredentialsEveryCall(api, "admin");
      List<String> passed = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      long lost = 0;

      Set<String> foundComments = new HashSet<>();
      int commentEntries = 0;
      int stageChangeEntries = 0;
      int brokenChains = 0;
      int movesMissing = 0;
      int movesExtra = 0;
      String firstBroken = null;
      Map<Long, Integer> dealsInStage = new HashMap<>();
      Map<Long, BigDecimal> amountInStage = new HashMap<>();
      for (int n = 0; n < seed.size(); n++) {
        long deal = seed.deals()[n];
        Json item = admin.get("items/" + deal).ok("item").json();
        long stage = item.get("stageId").asLong();
        dealsInStage.merge(stage, 1, Integer::sum);
        amountInStage.merge(stage, seed.amounts()[n], BigDecimal::add);

        List<Json> entries = timeline(admin, deal);
        List<Json> changes = new ArrayList<>();
        for (Json entry : entries) {
          String kind = entry.get("kind").asString();
          if ("COMMENT".equals(kind)) {
            commentEntries++;
            foundComments.add(entry.get("text").asString());
          } else if ("STAGE_CHANGE".equals(kind)) {
            changes.add(0, entry); // oldest first
          }
        }
        stageChangeEntries += changes.size();
        int told = run.movesByDeal().get(n);
        int unknown = run.unknownMovesByDeal().get(n);
        if (changes.size() < told) {
          movesMissing += told - changes.size();
        } else if (changes.size() > told + unknown) {
          movesExtra += changes.size() - told - unknown;
        }
        // Each change must start where the one before ended, from the first stage to the current
        // one, and each must have cost the item one version.
        String at = seed.stageNames().get(seed.firstStages()[n]);
        boolean chained = true;
        for (Json change : changes) {
          chained &= at.equals(change.get("fromStage").asString());
          at = change.get("toStage").asString();
        }
        chained &= at.equals(seed.stageNames().get(stage));
        chained &= item.get("version").asLong() - seed.firstVersions()[n] == changes.size();
        if (!chained) {
          brokenChains++;
          if (firstBroken == null) {
            firstBroken =
                "deal " + deal + ": version " + item.get("version").asLong() + " from "
                    + seed.firstVersions()[n] + ", now in " + seed.stageNames().get(stage)
                    + ", changes " + changes.stream()
                        .map(c -> c.get("fromStage").asString() + ">" + c.get("toStage").asString())
                        .toList();
          }
        }
      }

      Set<String> told = run.comments();
      Set<String> missing = new HashSet<>(told);
      missing.removeAll(foundComments);
      Set<String> unexpected = new HashSet<>(foundComments);
      unexpected.removeAll(told);
      unexpected.removeAll(run.unknownComments());
      int doubled = commentEntries - foundComments.size();
      check(
          commentEntries == told.size() && missing.isEmpty() && unexpected.isEmpty(),
          "(i) COMMENT entries on the timelines: " + commentEntries + ", 201 answers: " + told.size()
              + (run.unknownComments().isEmpty() ? "" : ", unanswered: " + run.unknownComments().size())
              + (missing.isEmpty() ? "" : ", missing: " + missing.size())
              + (unexpected.isEmpty() ? "" : ", not told: " + unexpected.size())
              + (doubled == 0 ? "" : ", doubled: " + doubled),
          passed,
          failed);
      lost += missing.size();

      check(
          stageChangeEntries == run.moves() && movesMissing == 0 && movesExtra == 0,
          "(ii) STAGE_CHANGE entries on the timelines: " + stageChangeEntries
              + ", 200 moves: " + run.moves()
              + (movesMissing == 0 ? "" : ", missing on their deal: " + movesMissing)
              + (movesExtra == 0 ? "" : ", more than told on their deal: " + movesExtra),
          passed,
          failed);
      lost += movesMissing;
      check(
          brokenChains == 0,
          "(ii) every deal's stage changes lead from its first stage to its current one,"
              + " one version each"
              + (brokenChains == 0 ? "" : ": " + brokenChains + " do not, the first " + firstBroken),
          passed,
          failed);
      lost += brokenChains;

      List<Json> columns =
          admin.get("boards/" + seed.pipeline() + "?cards=1").ok("board").json().get("columns")
              .list();
      long sum = 0;
      int wrongCounts = 0;
      int wrongSums = 0;
      List<String> board = new ArrayList<>();
      for (Json column : columns) {
        long stage = column.get("stageId").asLong();
        long count = column.get("count").asLong();
        BigDecimal amount = new BigDecimal(column.get("sum").asString());
        sum += count;
        int actual = dealsInStage.getOrDefault(stage, 0);
        BigDecimal actualAmount = amountInStage.getOrDefault(stage, BigDecimal.ZERO);
        if (count != actual) {
          wrongCounts++;
        }
        if (amount.compareTo(actualAmount) != 0) {
          wrongSums++;
        }
        board.add(column.get("name").asString() + " " + count + (count == actual ? "" : "≠" + actual));
      }
      check(
          sum == seed.size(),
          "(iii) board column counts add up to " + sum + ", seeded deals: " + seed.size() + " "
              + board,
          passed,
          failed);
      check(
          wrongCounts == 0 && wrongSums == 0,
          "(iii) each column's kept count and sum equal the deals in that stage"
              + (wrongCounts + wrongSums == 0
                  ? ""
                  : ": " + wrongCounts + " counts and " + wrongSums + " sums differ"),
          passed,
          failed);
      lost += Math.abs(sum - seed.size()) + wrongCounts;
      say(
          "reconciled "
              + seed.size()
              + " deals in "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + " ms");
      return new Reconciliation(passed, failed, lost);
    }

    /** All entries of a timeline, newest first, 200 a page. */
    private static List<Json> timeline(Api api, long deal) {
      List<Json> entries = new ArrayList<>();
      for (int page = 0; ; page++) {
        Json got =
            api.get("items/" + deal + "/timeline?size=200&page=" + page).ok("timeline").json();
        List<Json> content = got.get("content").list();
        entries.addAll(content);
        if (content.isEmpty() || entries.size() >= got.get("total").asLong()) {
          return entries;
        }
      }
    }

    private static void check(
        boolean ok, String what, List<String> passed, List<String> failed) {
      (ok ? passed : failed).add(what);
    }
  }

  // ---------------------------------------------------------------------------------- report

  static boolean report(Seed seed, Run run, Reconciliation reconciliation) {
    int requests = run.requests();
    say("");
    say(String.format(
        "%d requests in %.1f s: %.1f per second (%d users, %d deals)",
        requests, run.seconds(), requests / run.seconds(), USERS, seed.size()));
    say(String.format(
        "%-9s %8s %8s %9s %9s %8s %6s %6s %7s",
        "kind", "requests", "per s", "p50 ms", "p95 ms", "ok", "409", "422", "errors"));
    for (Kind kind : Kind.values()) {
      Timings timings = run.timings(kind);
      int errors =
          Arrays.stream(Outcome.values())
              .filter(LoadTest::isError)
              .mapToInt(o -> run.count(kind, o))
              .sum();
      say(String.format(
          "%-9s %8d %8.1f %9.1f %9.1f %8d %6d %6d %7d",
          kind.name().toLowerCase(),
          run.requests(kind),
          run.requests(kind) / run.seconds(),
          timings.p50(),
          timings.p95(),
          run.count(kind, Outcome.OK),
          run.count(kind, Outcome.CONFLICT),
          run.count(kind, Outcome.REQUIRED_FIELDS),
          errors));
    }
    int errors = run.errors();
    double rate = requests == 0 ? 1 : (double) errors / requests;
    say("");
    say(String.format(
        "errors: %d of %d requests = %.2f %% (5xx %d, transport %d, 401 %d, 403 %d, other 4xx %d)",
        errors, requests, 100 * rate,
        run.count(Outcome.SERVER_ERROR), run.count(Outcome.TRANSPORT),
        run.count(Outcome.UNAUTHORIZED), run.count(Outcome.FORBIDDEN),
        run.count(Outcome.OTHER_4XX)));
    run.users().stream().flatMap(u -> u.errors.stream()).distinct().limit(5)
        .forEach(e -> say("  e.g. " + e));
    say("conflicts (409, a move raced by another user): " + run.count(Outcome.CONFLICT)
        + "; required fields (422 field.required): " + run.count(Outcome.REQUIRED_FIELDS));
    say("moves that changed the stage: " + run.moves() + ", comments written: "
        + run.comments().size());
    say("");
    reconciliation.passed().forEach(line -> say("PASS " + line));
    reconciliation.failed().forEach(line -> say("FAIL " + line));
    say(reconciliation.lost() == 0
        ? "lost updates: 0"
        : "lost updates: " + reconciliation.lost() + " (see the FAIL lines)");
    boolean fewErrors = rate <= MAX_ERROR_RATE;
    say((fewErrors ? "PASS" : "FAIL") + String.format(" error rate %.2f %% <= 1 %%", 100 * rate));
    return fewErrors && reconciliation.failed().isEmpty() && reconciliation.lost() == 0;
  }
}
