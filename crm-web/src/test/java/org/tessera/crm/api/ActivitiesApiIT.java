package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** Activities, rooms, reminders and the board's activity counters through the REST API. */
class ActivitiesApiIT extends ApiTest {

  private static final OffsetDateTime SOON =
      OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);

  private String type;
  private long pipeline;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeEach
  void newType() {
    type = admin().newItemType("a", "Visits", true, true);
    pipeline = admin().firstPipelineOf(type);
  }

  @Test
  void plannedAndDoneActivitiesAreToldOnTheTimelineAndParticipantsNotified() {
    long item = item(as("sophie"), "Site visit");
    String subject = "Visit " + UUID.randomUUID();
    long unreadBefore = as("marc").get("notifications").json().getJsonNumber("unread").longValue();
    Reply planned =
        as("sophie")
            .post(
                activities(item),
                "{\"kind\":\"MEETING\",\"subject\":\""
                    + subject
                    + "\",\"deadline\":\""
                    + SOON
                    + "\",\"durationMinutes\":60,\"participantIds\":["
                    + userId("marc")
                    + "]}");
    assertEquals(201, planned.status(), planned.toString());
    JsonObject activity = planned.json();
    assertEquals("PLANNED", activity.getString("status"));
    assertEquals(SOON.plusHours(1).toInstant(), instant(activity, "endsAt"));
    assertEquals(SOON.minusMinutes(15).toInstant(), instant(activity, "remindAt"));

    JsonObject bell = as("marc").get("notifications").json();
    assertEquals(unreadBefore + 1, bell.getJsonNumber("unread").longValue());
    assertTrue(bell.getJsonArray("latest").getJsonObject(0).getString("text").contains(subject));

    Reply done = status(activity, "DONE");
    assertEquals(200, done.status(), done.toString());
    assertEquals(422, status(done.json(), "CANCELLED").status(), "done stays done");
    assertEquals(409, status(activity, "CANCELLED").status(), "stale version");

    List<JsonObject> entries =
        admin()
            .get("items/" + item + "/timeline")
            .json()
            .getJsonArray("content")
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("ACTIVITY_DONE", "ACTIVITY_PLANNED", "ITEM_CREATED"),
        entries.stream().map(entry -> entry.getString("kind")).toList());
    assertEquals(subject, entries.get(0).getString("text"));
  }

  @Test
  void aRoomDoubleBookingIsRefusedNamingTheBookingAndAFreedSlotCanBeBooked() {
    Reply room = admin().post("rooms", "{\"name\":\"Room " + UUID.randomUUID() + "\"}");
    assertEquals(201, room.status(), room.toString());
    long roomId = room.json().getJsonNumber("id").longValue();
    long item = item(admin(), "Workshop");

    JsonObject first = meeting(item, roomId, "Kick-off", SOON, 60).json();
    Reply overlapping = meeting(item, roomId, "Clash", SOON.plusMinutes(30), 60);
    assertEquals(409, overlapping.status(), overlapping.toString());
    assertTrue(overlapping.json().getString("detail").contains("Kick-off"), overlapping.toString());
    assertEquals(201, meeting(item, roomId, "Right after", SOON.plusMinutes(60), 30).status());

    status(first, "CANCELLED");
    assertEquals(201, meeting(item, roomId, "Clash", SOON.plusMinutes(30), 20).status());
    assertEquals(
        List.of("Kick-off", "Clash", "Right after"),
        admin().get(activities(item)).array().getValuesAs(JsonObject.class).stream()
            .map(activity -> activity.getString("subject"))
            .toList());
    assertEquals(403, as("marc").post("rooms", "{\"name\":\"Mine\"}").status());
  }

  @Test
  void badActivitiesAreRefusedAndNothingIsPlanned() {
    long item = item(admin(), "Careful");
    for (String bad :
        List.of(
            "{\"kind\":\"PARTY\",\"subject\":\"x\",\"deadline\":\"" + SOON + "\"}",
            "{\"kind\":\"CALL\",\"subject\":\" \",\"deadline\":\"" + SOON + "\"}",
            "{\"kind\":\"CALL\",\"subject\":\"x\"}",
            "{\"kind\":\"CALL\",\"subject\":\"x\",\"deadline\":\"tomorrow\"}",
            "{\"kind\":\"CALL\",\"subject\":\"x\",\"deadline\":\""
                + SOON
                + "\",\"durationMinutes\":-5}")) {
      assertEquals(400, admin().post(activities(item), bad).status(), bad);
    }
    Reply noRoom =
        admin()
            .post(
                activities(item),
                "{\"kind\":\"CALL\",\"subject\":\"x\",\"deadline\":\""
                    + SOON
                    + "\",\"roomId\":999999}");
    assertEquals(404, noRoom.status(), noRoom.toString());
    Reply nobody =
        admin()
            .post(
                activities(item),
                "{\"kind\":\"CALL\",\"subject\":\"x\",\"deadline\":\""
                    + SOON
                    + "\",\"participantIds\":[999999]}");
    assertEquals(422, nobody.status(), nobody.toString());
    assertEquals(
        404,
        admin()
            .post(
                activities(999999),
                "{\"kind\":\"CALL\",\"subject\":\"x\",\"deadline\":\"" + SOON + "\"}")
            .status());
    assertEquals(0, admin().get(activities(item)).array().size());
  }

  @Test
  void boardCountersAreGreyGreenOrRedByTheNearestDeadlineAndEachUsersWarning() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long none = item(admin(), "None");
    long far = item(admin(), "Far");
    long close = item(admin(), "Close");
    long overdue = item(admin(), "Overdue");
    call(far, now.plusDays(3));
    call(close, now.plusMinutes(10));
    call(overdue, now.minusHours(1));
    call(overdue, now.plusDays(1));

    JsonObject board = admin().get("boards/" + pipeline).json();
    assertEquals("0 GREY", counter(board, none));
    assertEquals("1 GREEN", counter(board, far));
    assertEquals("1 RED", counter(board, close));
    assertEquals("2 RED", counter(board, overdue));

    assertEquals("1 RED", counter(as("julie").get("boards/" + pipeline).json(), close));
    Reply julie = as("julie").put("users/me/deadline-warning", "{\"minutes\":5}");
    assertEquals(200, julie.status(), julie.toString());
    assertEquals("1 GREEN", counter(as("julie").get("boards/" + pipeline).json(), close));
    assertEquals(422, as("julie").put("users/me/deadline-warning", "{\"minutes\":-1}").status());
  }

  @Test
  void aReminderDueInThePastFiresOnceHoweverManyRunsRaceAndPutsItsEmployeeOnTheCard() {
    long item = item(admin(), "Reminded");
    String subject = "Call back " + UUID.randomUUID();
    Reply planned =
        admin()
            .post(
                activities(item),
                "{\"kind\":\"CALL\",\"subject\":\""
                    + subject
                    + "\",\"deadline\":\""
                    + OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)
                    + "\",\"responsibleId\":"
                    + userId("marc")
                    + "}");
    assertEquals(201, planned.status(), planned.toString());

    List<CompletableFuture<Reply>> runs =
        List.of(1, 2, 3).stream()
            .map(
                run ->
                    CompletableFuture.supplyAsync(
                        () -> admin().post("notifications/reminders/due", "{}")))
            .toList();
    runs.forEach(run -> assertEquals(200, run.join().status(), run.join().toString()));
    admin().post("notifications/reminders/due", "{}");

    long reminders =
        as("marc")
            .get("notifications")
            .json()
            .getJsonArray("latest")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(n -> n.getString("text").startsWith("Reminder: '" + subject + "' is due at "))
            .count();
    assertEquals(1, reminders);
    JsonObject activity = admin().get("activities/" + planned.json().getJsonNumber("id")).json();
    assertFalse(activity.isNull("remindedAt"));

    JsonObject card = card(admin().get("boards/" + pipeline).json(), item);
    assertEquals("Marc Leroy", card.getString("avatarName"));
    assertEquals("Alice Martin", card.getString("responsibleName"));
    assertEquals(403, as("marc").post("notifications/reminders/due", "{}").status());
  }

  private void call(long item, OffsetDateTime deadline) {
    Reply planned =
        admin()
            .post(
                activities(item),
                "{\"kind\":\"CALL\",\"subject\":\"Call\",\"deadline\":\"" + deadline + "\"}");
    assertEquals(201, planned.status(), planned.toString());
  }

  private Reply meeting(long item, long room, String subject, OffsetDateTime at, int minutes) {
    return admin()
        .post(
            activities(item),
            "{\"kind\":\"MEETING\",\"subject\":\""
                + subject
                + "\",\"deadline\":\""
                + at
                + "\",\"durationMinutes\":"
                + minutes
                + ",\"roomId\":"
                + room
                + "}");
  }

  private Reply status(JsonObject activity, String status) {
    return admin()
        .put(
            "activities/" + activity.getJsonNumber("id") + "/status",
            "{\"status\":\""
                + status
                + "\",\"version\":"
                + activity.getJsonNumber("version")
                + "}");
  }

  private static String counter(JsonObject board, long item) {
    JsonObject counter = card(board, item).getJsonObject("activities");
    return counter.getInt("count") + " " + counter.getString("colour");
  }

  private static JsonObject card(JsonObject board, long item) {
    return board.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
        .flatMap(column -> column.getJsonArray("cards").getValuesAs(JsonObject.class).stream())
        .filter(card -> card.getJsonNumber("id").longValue() == item)
        .findFirst()
        .orElseThrow();
  }

  private static java.time.Instant instant(JsonObject json, String name) {
    return OffsetDateTime.parse(json.getString(name)).toInstant();
  }

  private long item(Api user, String title) {
    Reply created =
        user.post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"" + title + "\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private long userId(String login) {
    return as(login).get("users/me").json().getJsonNumber("id").longValue();
  }

  private static String activities(long item) {
    return "items/" + item + "/activities";
  }
}
