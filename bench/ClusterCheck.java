package bench;

import static bench.Harness.env;
import static bench.Harness.quote;
import static bench.Harness.say;

import bench.Harness.Api;
import bench.Harness.Database;
import bench.Harness.Json;
import bench.Harness.Reply;
import bench.Harness.Server;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two Payara Micro instances on one PostgreSQL database, as a load-balanced deployment runs them:
 * a change made on one is read on the other (no stale JPA cache), a version gone stale on one is
 * refused on the other, a due reminder fired from both at once notifies once, and both recover
 * when the database drops their connections. Prints a PASS or
 * FAIL line per check and exits non-zero on any failure. Run with {@code bench/run-cluster}; see
 * bench/README.md.
 */
public class ClusterCheck {

  static final Database DB = Database.named(env("BENCH_CLUSTER_DB", "crm_cluster"));
  static final int PORT_A = env("BENCH_CLUSTER_PORT_A", 8191);
  static final int PORT_B = env("BENCH_CLUSTER_PORT_B", 8192);
  static final List<String> JVM =
      Arrays.asList(env("BENCH_CLUSTER_JVM", "-Xmx512m -XX:TieredStopAtLevel=1").split("\\s+"));
  /** Rounds in which both instances move the same deal from the same version at once. */
  static final int RACES = 10;
  /** Reminder runs started at once on each instance, and how many times. */
  static final int RUNS_PER_INSTANCE = 3;
  static final int ROUNDS = 3;

  private final Server a;
  private final Server b;
  private final List<String> failed = new ArrayList<>();

  ClusterCheck(Server a, Server b) {
    this.a = a;
    this.b = b;
  }

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    int failures;
    try (Server a = Server.start("cluster-a", PORT_A, DB, JVM);
        Server b = Server.start("cluster-b", PORT_B, DB, JVM)) {
      a.awaitReady(Duration.ofMinutes(4));
      b.awaitReady(Duration.ofMinutes(4));
      say("both instances answer after " + seconds(started) + " s");
      ClusterCheck check = new ClusterCheck(a, b);
      check.run();
      failures = check.failed.size();
    } finally {
      say("cluster check took " + seconds(started) + " s, servers included");
    }
    if (failures > 0) {
      say(failures + " check(s) failed");
      System.exit(1);
    }
    say("all checks passed");
  }

  void run() throws Exception {
    Api sophieA = Api.signedIn(a.api(), "sophie");
    Api sophieB = Api.signedIn(b.api(), "sophie");
    long pipeline =
        sophieA.get("pipelines?type=deal").ok("pipelines").json().get("content").list().get(0)
            .get("id").asLong();
    List<Long> stages =
        sophieA.get("pipelines/" + pipeline + "/stages").ok("stages").json().list().stream()
            .map(stage -> stage.get("id").asLong())
            .toList();

    long deal = changesAreSeenOnTheOtherInstance(sophieA, sophieB, pipeline, stages);
    settingsChangedOnOneInstanceApplyOnTheOther(sophieB, pipeline, stages);
    staleVersionsAreRefusedOnTheOtherInstance(sophieA, sophieB, deal, stages);
    movesRacedFromBothInstancesAddUp(deal, pipeline, stages);
    aReminderFiredFromBothInstancesNotifiesOnce(deal);
    bothInstancesRecoverWhenTheDatabaseEndsTheirSessions(deal);
  }

  // ------------------------------------------------------------------------------------ a.

  long changesAreSeenOnTheOtherInstance(Api onA, Api onB, long pipeline, List<Long> stages) {
    String title = "Cluster deal " + UUID.randomUUID();
    Reply created =
        onA.post(
            "items",
            "{\"typeCode\":\"deal\",\"pipelineId\":"
                + pipeline
                + ",\"title\":"
                + quote(title)
                + ",\"amount\":1200,\"currency\":\"EUR\"}");
    check("a. deal created on A", created.status() == 201, created);
    Json deal = created.json();
    long id = deal.get("id").asLong();

    Json readOnB = onB.get("items/" + id).ok("GET on B").json();
    check(
        "a. deal created on A is read on B",
        title.equals(readOnB.get("title").asString())
            && readOnB.get("version").asLong() == deal.get("version").asLong(),
        readOnB);

    String renamed = title + " (renamed on B)";
    Reply rename =
        onB.put(
            "items/" + id,
            "{\"title\":"
                + quote(renamed)
                + ",\"amount\":"
                + readOnB.get("amount").asString()
                + ",\"currency\":\"EUR\",\"responsibleId\":"
                + readOnB.get("responsibleId").asLong()
                + ",\"version\":"
                + readOnB.get("version").asLong()
                + "}");
    check("a. renamed on B", rename.status() == 200, rename);
    long afterRename = rename.json().get("version").asLong();
    Json readOnA = onA.get("items/" + id).ok("GET on A").json();
    check(
        "a. rename on B is read on A (title and version " + afterRename + ")",
        renamed.equals(readOnA.get("title").asString())
            && readOnA.get("version").asLong() == afterRename,
        readOnA);

    long target = stages.get(1);
    Reply moved =
        onA.put("items/" + id + "/stage", "{\"stageId\":" + target + ",\"version\":" + afterRename + "}");
    check("a. stage moved on A", moved.status() == 200, moved);
    long afterMove = moved.json().get("version").asLong();
    readOnB = onB.get("items/" + id).ok("GET on B").json();
    check(
        "a. stage move on A is read on B (stage and version " + afterMove + ")",
        readOnB.get("stageId").asLong() == target && readOnB.get("version").asLong() == afterMove,
        readOnB);
    Json newest = onB.get("items/" + id + "/timeline?size=1").ok("timeline on B").json();
    Json entry = newest.get("content").list().get(0);
    check(
        "a. the stage change written on A is on the timeline read on B",
        "STAGE_CHANGE".equals(entry.get("kind").asString()),
        entry);

    // Reference data too: a stage renamed on one instance is named so on the other.
    Api adminA = Api.signedIn(a.api(), "admin");
    String stageName = "Qualified " + UUID.randomUUID().toString().substring(0, 8);
    Reply stageRenamed =
        adminA.put("stages/" + target, "{\"name\":" + quote(stageName) + "}");
    check("a. stage renamed on A", stageRenamed.status() == 200, stageRenamed);
    readOnB = onB.get("items/" + id).ok("GET on B").json();
    check(
        "a. stage renamed on A is named so in the item read on B",
        stageName.equals(readOnB.get("stageName").asString()),
        readOnB);
    return id;
  }

  /**
   * Settings are kept per instance under a version number (docs/adr/0010): a field made required
   * on A refuses a move on B, which has read the deal fields before (creating a deal), and stops
   * refusing it once A lifts the requirement.
   */
  void settingsChangedOnOneInstanceApplyOnTheOther(Api onB, long pipeline, List<Long> stages) {
    Api adminA = Api.signedIn(a.api(), "admin");
    long deal =
        onB.post(
                "items",
                "{\"typeCode\":\"deal\",\"pipelineId\":"
                    + pipeline
                    + ",\"title\":\"Cluster settings deal\"}")
            .ok("deal created on B")
            .json()
            .get("id")
            .asLong();
    long next = stages.get(3);
    String code = "cluster_" + UUID.randomUUID().toString().substring(0, 8);
    Reply field =
        adminA.post(
            "fields",
            "{\"type\":\"deal\",\"code\":"
                + quote(code)
                + ",\"dataType\":\"STRING\",\"labelEn\":\"Cluster contract\","
                + "\"requiredStageIds\":["
                + next
                + "]}");
    check("a. field required at a stage created on A", field.status() == 201, field);
    long version = onB.get("items/" + deal).ok("GET on B").json().get("version").asLong();
    Reply refused =
        onB.put("items/" + deal + "/stage", "{\"stageId\":" + next + ",\"version\":" + version + "}");
    check(
        "a. the field made required on A refuses the move on B (422)",
        refused.status() == 422 && refused.body().contains("Cluster contract"),
        refused);
    Reply lifted =
        adminA.put(
            "fields/" + field.json().get("id").asLong() + "/requirement",
            "{\"everywhere\":false,\"stageIds\":[]}");
    check("a. requirement lifted on A", lifted.status() == 200, lifted);
    Reply moved =
        onB.put("items/" + deal + "/stage", "{\"stageId\":" + next + ",\"version\":" + version + "}");
    check("a. once lifted on A, the move on B goes through", moved.status() == 200, moved);
  }

  // ------------------------------------------------------------------------------------ b.

  void staleVersionsAreRefusedOnTheOtherInstance(Api onA, Api onB, long id, List<Long> stages) {
    Json readOnA = onA.get("items/" + id).ok("GET on A").json();
    long seenOnA = readOnA.get("version").asLong();
    Reply changedOnB =
        onB.put(
            "items/" + id,
            "{\"title\":"
                + quote(readOnA.get("title").asString() + " again")
                + ",\"amount\":1300,\"currency\":\"EUR\",\"responsibleId\":"
                + readOnA.get("responsibleId").asLong()
                + ",\"version\":"
                + seenOnA
                + "}");
    check("b. changed on B", changedOnB.status() == 200, changedOnB);

    Reply staleMove =
        onA.put("items/" + id + "/stage", "{\"stageId\":" + stages.get(2) + ",\"version\":" + seenOnA + "}");
    check("b. stage move on A with the version B replaced answers 409", staleMove.status() == 409,
        staleMove);
    Reply staleEdit =
        onA.put(
            "items/" + id,
            "{\"title\":\"Lost edit\",\"amount\":1,\"currency\":\"EUR\",\"responsibleId\":"
                + readOnA.get("responsibleId").asLong()
                + ",\"version\":"
                + seenOnA
                + "}");
    check("b. edit on A with the version B replaced answers 409", staleEdit.status() == 409,
        staleEdit);
    Json after = onA.get("items/" + id).ok("GET on A").json();
    check(
        "b. the refused writes changed nothing (B's title and amount, stage kept)",
        after.get("title").asString().endsWith(" again")
            && after.get("amount").asString().startsWith("1300")
            && after.get("stageId").asLong() == stages.get(1)
            && after.get("version").asLong() == changedOnB.json().get("version").asLong(),
        after);
  }

  /**
   * Both instances move the same deal from the same version at the same moment, to different
   * stages: one must win and the other get 409, and the timeline and the board's kept totals must
   * count the winner only. This exercises the version check at commit (two transactions that read
   * the same version), not only the check against the version sent.
   */
  void movesRacedFromBothInstancesAddUp(long id, long pipeline, List<Long> stages)
      throws Exception {
    Api racerA = Api.signedIn(a.api(), "marc");
    Api racerB = Api.signedIn(b.api(), "julie");
    int won = 0;
    int badRounds = 0;
    String firstBad = null;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < RACES; round++) {
        Json item = racerA.get("items/" + id).ok("GET on A").json();
        long version = item.get("version").asLong();
        long current = item.get("stageId").asLong();
        List<Long> others = stages.stream().filter(s -> s != current).toList();
        long toA = others.get(0);
        long toB = others.get(1);
        CountDownLatch go = new CountDownLatch(1);
        Future<Reply> onA = pool.submit(racer(go, racerA, id, toA, version));
        Future<Reply> onB = pool.submit(racer(go, racerB, id, toB, version));
        go.countDown();
        int statusA = onA.get().status();
        int statusB = onB.get().status();
        boolean oneWon = (statusA == 200 && statusB == 409) || (statusA == 409 && statusB == 200);
        if (oneWon) {
          won++;
        } else {
          badRounds++;
          if (firstBad == null) {
            firstBad = "A " + onA.get() + ", B " + onB.get();
          }
        }
      }
    } finally {
      pool.shutdown();
    }
    check(
        "b. " + RACES + " moves raced from A and B at the same version: one 200 and one 409 each",
        badRounds == 0,
        badRounds + " rounds otherwise, the first: " + firstBad);

    Api admin = Api.signedIn(b.api(), "admin");
    long stageChanges =
        admin.get("items/" + id + "/timeline?size=200").ok("timeline").json().get("content").list()
            .stream()
            .filter(entry -> "STAGE_CHANGE".equals(entry.get("kind").asString()))
            .count();
    // one move in a., the winners here
    check(
        "b. the timeline holds one stage change per winning move (" + (1 + won) + ")",
        stageChanges == 1 + won,
        stageChanges + " stage changes");

    List<Long> countsOnA = boardCounts(Api.signedIn(a.api(), "admin"), pipeline);
    List<Long> countsOnB = boardCounts(admin, pipeline);
    List<Long> counted = new ArrayList<>();
    for (long stage : stages) {
      counted.add(
          admin
              .get("items?type=deal&pipeline=" + pipeline + "&stage=" + stage + "&size=1")
              .ok("items of a stage")
              .json()
              .get("total")
              .asLong());
    }
    check(
        "b. the board's kept counts per stage equal the items counted, on A and on B",
        countsOnA.equals(counted) && countsOnB.equals(counted),
        "board on A " + countsOnA + ", on B " + countsOnB + ", counted " + counted);
  }

  private static Callable<Reply> racer(CountDownLatch go, Api api, long id, long to, long version) {
    return () -> {
      go.await();
      return api.put("items/" + id + "/stage", "{\"stageId\":" + to + ",\"version\":" + version + "}");
    };
  }

  private static List<Long> boardCounts(Api api, long pipeline) {
    return api.get("boards/" + pipeline + "?cards=1").ok("board").json().get("columns").list()
        .stream()
        .map(column -> column.get("count").asLong())
        .toList();
  }

  // ------------------------------------------------------------------------------------ c.

  /** As ActivitiesApiIT#aReminderDueInThePastFiresOnce..., but the runs race on two instances. */
  void aReminderFiredFromBothInstancesNotifiesOnce(long deal) throws Exception {
    Api adminA = Api.signedIn(a.api(), "admin");
    long marc = Api.signedIn(a.api(), "marc").get("users/me").ok("me").json().get("id").asLong();
    String subject = "Call back " + UUID.randomUUID();
    OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
    Reply planned =
        adminA.post(
            "items/" + deal + "/activities",
            "{\"kind\":\"CALL\",\"subject\":"
                + quote(subject)
                + ",\"deadline\":\""
                + deadline
                + "\",\"remindMinutesBefore\":60,\"responsibleId\":"
                + marc
                + "}");
    check("c. call planned on A, due in 5 minutes, reminder 60 minutes before", planned.status() == 201,
        planned);
    long activity = planned.json().get("id").asLong();

    List<Api> runners = new ArrayList<>();
    for (int i = 0; i < RUNS_PER_INSTANCE; i++) {
      runners.add(Api.withCredentialsEveryCall(a.api(), "admin"));
      runners.add(Api.withCredentialsEveryCall(b.api(), "admin"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(runners.size());
    long firedByRuns = 0;
    List<String> refused = new ArrayList<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> runs = new ArrayList<>();
        for (Api runner : runners) {
          runs.add(
              pool.submit(
                  () -> {
                    go.await();
                    return runner.post("notifications/reminders/due", "{}");
                  }));
        }
        go.countDown();
        for (Future<Reply> run : runs) {
          Reply fired = run.get();
          if (fired.status() == 200) {
            firedByRuns += fired.json().get("fired").asLong();
          } else {
            refused.add(fired.toString());
          }
        }
      }
    } finally {
      pool.shutdown();
    }
    check(
        "c. " + ROUNDS * runners.size() + " runs of reminders/due (" + RUNS_PER_INSTANCE
            + " at once on each instance, " + ROUNDS + " times) answer 200",
        refused.isEmpty(),
        refused);
    // The per-minute clock of either instance may have fired it before the runs did.
    say("   the runs fired " + firedByRuns + " reminder(s) in all"
        + (firedByRuns == 0 ? " (an instance's per-minute clock fired it first)" : ""));
    check("c. the runs fired it at most once", firedByRuns <= 1, firedByRuns);

    String prefix = "Reminder: '" + subject + "' is due at ";
    for (Server server : List.of(a, b)) {
      long reminders =
          Api.signedIn(server.api(), "marc").get("notifications").ok("notifications").json()
              .get("latest").list().stream()
              .filter(n -> n.get("text").asString().startsWith(prefix))
              .count();
      check(
          "c. marc has exactly one notification of the reminder, read on " + server.name,
          reminders == 1,
          reminders + " found");
    }
    Json fired = adminA.get("activities/" + activity).ok("activity").json();
    check("c. the activity is marked reminded", !fired.get("remindedAt").isNull(), fired);
    Reply notAdmin = Api.signedIn(b.api(), "marc").post("notifications/reminders/due", "{}");
    check("c. reminders/due refuses a non-admin (403)", notAdmin.status() == 403, notAdmin);
  }

  // ------------------------------------------------------------------------------------ d.

  /**
   * The database ends every session of the application, as a restart or a failover does: each
   * instance finds its pooled connections dead and opens new ones instead of failing requests.
   */
  void bothInstancesRecoverWhenTheDatabaseEndsTheirSessions(long deal) throws Exception {
    Api onA = Api.signedIn(a.api(), "admin");
    Api onB = Api.signedIn(b.api(), "admin");
    int ended;
    try (Connection db = DriverManager.getConnection(DB.url(), DB.user(), DB.password());
        Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid()")) {
      rows.next();
      ended = rows.getInt(1);
    }
    // Past the period in which a connection checked once is not checked again.
    Thread.sleep(Duration.ofSeconds(6).toMillis());
    Reply readOnA = onA.get("items/" + deal);
    Reply readOnB = onB.get("items/" + deal);
    check(
        "d. after the database ended all " + ended + " of their sessions, both instances answer",
        ended > 0 && readOnA.status() == 200 && readOnB.status() == 200,
        readOnA + " / " + readOnB);
  }

  // ------------------------------------------------------------------------------------ out

  private void check(String what, boolean passed, Object otherwise) {
    if (passed) {
      say("PASS " + what);
    } else {
      say("FAIL " + what + ": " + otherwise);
      failed.add(what);
    }
  }

  private static long seconds(long since) {
    return Duration.ofNanos(System.nanoTime() - since).toSeconds();
  }
}
