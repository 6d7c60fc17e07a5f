package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/**
 * Calls, e-mails, SMS and the mailbox through the REST API, against a real SMTP and IMAP server
 * (GreenMail) and an HTTP gateway stub on the ports arquillian.xml points the CRM at.
 */
class CommunicationsApiIT extends ApiTest {

  private static final String MAILBOX = "crm@tessera.test";
  private static final int GATEWAY_PORT = 18389;
  private static final String GATEWAY_TOKEN = "gateway-test-token";

  @RegisterExtension
  static GreenMailExtension mailServer =
      new GreenMailExtension(
              new ServerSetup[] {
                new ServerSetup(3525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(3643, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
              })
          .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, "crm", "secret"));

  private static Gateway gateway;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeAll
  static void startGateway() throws IOException {
    gateway = new Gateway(GATEWAY_PORT);
  }

  @AfterAll
  static void stopGateway() {
    gateway.close();
  }

  @Test
  void anEmailFromADealGoesOutWithItsPlaceholdersFilledAndIsToldOnItsTimeline() throws Exception {
    long deal = item(as("sophie"), "deal", "Offer " + unique(), ",\"amount\":1200");
    String client = unique() + "@client.test";
    long contact =
        item(as("sophie"), "contact", "Client", ",\"fields\":{\"email\":[\"" + client + "\"]}");
    assertEquals(201, as("sophie").post(relations(deal), "{\"itemId\":" + contact + "}").status());

    Reply sent =
        as("sophie")
            .post(
                communications(deal) + "/emails",
                "{\"subject\":\"{Item.Title}, offer {Deal.Id}\",\"body\":\"Total: {Item.Amount}\"}");

    assertEquals(201, sent.status(), sent.toString());
    JsonObject email = sent.json();
    assertEquals("SENT", email.getString("status"));
    assertEquals("OUTGOING", email.getString("direction"));
    assertEquals(client, email.getString("counterpart"));
    assertTrue(email.getString("externalId").startsWith("<"), email.toString());
    String subject = title(deal) + ", offer " + deal;
    assertEquals(subject, email.getString("subject"));

    assertTrue(mailServer.waitForIncomingEmail(5000, 1));
    MimeMessage received = mailServer.getReceivedMessagesForDomain("client.test")[0];
    assertEquals(subject, received.getSubject());
    assertEquals(client, ((InternetAddress) received.getAllRecipients()[0]).getAddress());
    assertEquals(MAILBOX, ((InternetAddress) received.getFrom()[0]).getAddress());
    assertTrue(
        GreenMailUtil.getBody(received).contains("1,200.00"), GreenMailUtil.getBody(received));

    assertEquals("E-mail to " + client + ": " + subject, latestEntry(deal).getString("text"));
    assertEquals("COMMUNICATION", latestEntry(deal).getString("kind"));

    long unreachable = item(admin(), "deal", "No address", "");
    Reply nowhere =
        admin().post(communications(unreachable) + "/emails", "{\"subject\":\"x\",\"body\":\"y\"}");
    assertEquals(422, nowhere.status(), nowhere.toString());
    assertEquals("communication.no-address", nowhere.json().getString("rule"));
    for (String bad :
        List.of(
            "{\"body\":\"y\"}", "{\"to\":\"not an address\",\"subject\":\"x\",\"body\":\"y\"}")) {
      assertEquals(400, admin().post(communications(deal) + "/emails", bad).status(), bad);
    }
    assertEquals(1, admin().get(communications(deal)).array().size());
  }

  @Test
  void aMailFromAKnownContactIsLoggedOnceOnTheContactAndOnItsDeal() throws Exception {
    String client = unique() + "@client.test";
    long contact =
        item(admin(), "contact", "Known client", ",\"fields\":{\"email\":[\"" + client + "\"]}");
    long deal = item(as("marc"), "deal", "Deal with a known client", "");
    assertEquals(201, admin().post(relations(deal), "{\"itemId\":" + contact + "}").status());
    String subject = "Question " + unique();
    String messageId = "<" + unique() + "@client.test>";
    deliver(client, subject, messageId);

    JsonObject poll = poll();
    assertEquals(1, poll.getInt("read"), poll.toString());
    assertEquals(1, poll.getInt("logged"), poll.toString());

    for (long item : List.of(contact, deal)) {
      List<JsonObject> logged =
          admin().get(communications(item)).array().getValuesAs(JsonObject.class);
      assertEquals(1, logged.size(), logged.toString());
      JsonObject mail = logged.get(0);
      assertEquals("EMAIL INCOMING RECEIVED", kind(mail));
      assertEquals(client, mail.getString("counterpart"));
      assertEquals(messageId, mail.getString("externalId"));
      assertTrue(mail.getBoolean("waiting"));
      assertEquals("E-mail from " + client + ": " + subject, latestEntry(item).getString("text"));
    }
    JsonObject onDeal = admin().get(communications(deal)).array().getJsonObject(0);
    assertEquals("Marc Leroy", onDeal.getString("employeeName"), "the deal's responsible");

    deliver(client, subject, messageId);
    JsonObject again = poll();
    assertEquals(1, again.getInt("read"), again.toString());
    assertEquals(0, again.getInt("logged"), again.toString());
    assertEquals(1, admin().get(communications(contact)).array().size());
    assertEquals(1, admin().get(communications(deal)).array().size());
    assertEquals(403, as("marc").post("communications/mailbox/poll", "{}").status());
  }

  @Test
  void aMailFromAStrangerBecomesANewLead() throws Exception {
    String stranger = unique() + "@stranger.test";
    String subject = "Request for a quote " + unique();
    deliver(stranger, subject, "<" + unique() + "@stranger.test>");

    assertEquals(1, poll().getInt("logged"));

    JsonObject lead =
        admin()
            .get("items?type=lead&size=20")
            .json()
            .getJsonArray("content")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(item -> item.getString("title").equals(subject))
            .findFirst()
            .orElseThrow();
    assertEquals(stranger, lead.getJsonObject("fields").getJsonArray("email").getString(0));
    assertEquals("E-mail", lead.getJsonObject("fields").getString("source"));
    long leadId = lead.getJsonNumber("id").longValue();
    assertEquals(
        "EMAIL INCOMING RECEIVED",
        kind(admin().get(communications(leadId)).array().getJsonObject(0)));
    assertEquals("E-mail from " + stranger + ": " + subject, latestEntry(leadId).getString("text"));
  }

  @Test
  void anSmsGoesThroughTheGatewayWithItsTokenAndIsLoggedSent() throws Exception {
    long deal = item(as("sophie"), "deal", "Delivery " + unique(), "");
    String providerId = "gw-" + unique();
    gateway.answer(200, "{\"id\":\"" + providerId + "\"}");

    Reply sent =
        as("sophie")
            .post(
                communications(deal) + "/messages",
                "{\"channel\":\"SMS\",\"to\":\"+33 6 12 34 56 78\",\"text\":\"{Item.Title} ships today\"}");

    assertEquals(201, sent.status(), sent.toString());
    assertEquals("SMS OUTGOING SENT", kind(sent.json()));
    assertEquals(providerId, sent.json().getString("externalId"));
    assertEquals("+33612345678", sent.json().getString("counterpart"));
    Gateway.Request request = gateway.request();
    assertNotNull(request, "the gateway was not called");
    assertEquals("/messages/sms", request.path());
    assertEquals("Bearer " + GATEWAY_TOKEN, request.authorization());
    JsonObject body = Json.createReader(new StringReader(request.body())).readObject();
    assertEquals("sms", body.getString("channel"));
    assertEquals("+33612345678", body.getString("to"));
    assertEquals(title(deal) + " ships today", body.getString("text"));
    assertEquals(
        "SMS to +33612345678: " + title(deal) + " ships today",
        latestEntry(deal).getString("text"));

    Reply noNumber =
        as("sophie")
            .post(communications(deal) + "/messages", "{\"channel\":\"SMS\",\"text\":\"Hi\"}");
    assertEquals(422, noNumber.status(), noNumber.toString());
    assertEquals("communication.no-address", noNumber.json().getString("rule"));
    Reply badNumber =
        as("sophie")
            .post(
                communications(deal) + "/messages",
                "{\"channel\":\"WHATSAPP\",\"to\":\"call me\",\"text\":\"Hi\"}");
    assertEquals("communication.phone-invalid", badNumber.json().getString("rule"));
  }

  @Test
  void aGatewayFailureAnswers422AndTheMessageStaysFailedOnTheTimeline() throws Exception {
    long deal = item(as("sophie"), "deal", "Unlucky " + unique(), "");
    JsonObject before = admin().get("items/" + deal).json();
    gateway.answer(500, "gateway exploded");

    Reply refused =
        as("sophie")
            .post(
                communications(deal) + "/messages",
                "{\"channel\":\"WHATSAPP\",\"to\":\"+4930123456\",\"text\":\"Hello\"}");

    assertEquals(422, refused.status(), refused.toString());
    assertEquals("communication.send-failed", refused.json().getString("rule"));
    assertTrue(refused.json().getString("detail").contains("HTTP 500"), refused.toString());
    assertNotNull(gateway.request(), "the gateway was not called");
    JsonObject failed = admin().get(communications(deal)).array().getJsonObject(0);
    assertEquals("WHATSAPP OUTGOING FAILED", kind(failed));
    assertTrue(failed.getString("failure").contains("gateway exploded"), failed.toString());
    assertTrue(
        latestEntry(deal)
            .getString("text")
            .startsWith("WhatsApp message to +4930123456 could not be sent: "),
        latestEntry(deal).toString());
    JsonObject after = admin().get("items/" + deal).json();
    assertEquals(before.getJsonNumber("version"), after.getJsonNumber("version"));
    assertEquals(before.getString("title"), after.getString("title"));
  }

  @Test
  void aMissedCallPutsTheEmployeeOnTheCardAndTurnsTheCounterRedUntilSomeoneCallsBack() {
    String type = admin().newItemType("c", "Repairs", true, true);
    long pipeline = admin().firstPipelineOf(type);
    long item = item(admin(), type, "Boiler", "");
    assertEquals("Alice Martin 0 GREY", face(pipeline, item));

    Reply missed =
        admin()
            .post(
                communications(item) + "/calls",
                "{\"direction\":\"MISSED\",\"phone\":\"+33 1 23 45 67 89\",\"employeeId\":"
                    + userId("marc")
                    + "}");

    assertEquals(201, missed.status(), missed.toString());
    assertEquals("CALL MISSED LOGGED", kind(missed.json()));
    assertTrue(missed.json().getBoolean("waiting"));
    assertEquals("Missed call from +33123456789", latestEntry(item).getString("text"));
    assertEquals("Marc Leroy 1 RED", face(pipeline, item));

    Reply callBack =
        as("marc")
            .post(
                communications(item) + "/calls",
                "{\"direction\":\"OUTGOING\",\"phone\":\"+33123456789\",\"durationSeconds\":240,\"outcome\":\"Visit on Monday\"}");
    assertEquals(201, callBack.status(), callBack.toString());
    assertEquals(
        "Outgoing call to +33123456789: Visit on Monday", latestEntry(item).getString("text"));
    assertEquals("Marc Leroy 0 GREY", face(pipeline, item));
    assertFalse(
        admin()
            .get(communications(item))
            .array()
            .getValuesAs(JsonObject.class)
            .get(1)
            .getBoolean("waiting"));

    Reply incoming =
        admin()
            .post(
                communications(item) + "/calls",
                "{\"direction\":\"INCOMING\",\"phone\":\"+33123456789\"}");
    assertEquals("Alice Martin 1 RED", face(pipeline, item));
    String answered = "communications/" + incoming.json().getJsonNumber("id") + "/answered";
    assertFalse(admin().put(answered, "{}").json().getBoolean("waiting"));
    assertEquals("Alice Martin 0 GREY", face(pipeline, item));
    Reply notIncoming =
        admin().put("communications/" + callBack.json().getJsonNumber("id") + "/answered", "{}");
    assertEquals(422, notIncoming.status(), notIncoming.toString());
    assertEquals(404, admin().put("communications/999999999/answered", "{}").status());
    assertEquals(
        400,
        admin().post(communications(item) + "/calls", "{\"phone\":\"+33123456789\"}").status());
  }

  @Test
  void aMessengerInvitationCarriesASignedLinkToTheItem() {
    long deal = item(as("julie"), "deal", "Chat " + unique(), "");

    Reply invited = as("julie").post(communications(deal) + "/messenger-invitations", "{}");

    assertEquals(201, invited.status(), invited.toString());
    assertEquals("MESSENGER OUTGOING LOGGED", kind(invited.json()));
    assertTrue(
        invited
            .json()
            .getString("body")
            .contains("https://crm.tessera.test/chat?item=" + deal + "&token="),
        invited.toString());
    assertTrue(invited.json().getString("body").contains(title(deal)), invited.toString());
  }

  private JsonObject poll() {
    Reply poll = admin().post("communications/mailbox/poll", "{}");
    assertEquals(200, poll.status(), poll.toString());
    return poll.json();
  }

  /** A mail from the client into the CRM's mailbox, each time with the same Message-ID. */
  private static void deliver(String from, String subject, String messageId)
      throws MessagingException {
    MimeMessage mail =
        new MimeMessage(GreenMailUtil.getSession(mailServer.getSmtp().getServerSetup())) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    mail.setFrom(new InternetAddress(from));
    mail.setRecipients(Message.RecipientType.TO, MAILBOX);
    mail.setSubject(subject);
    mail.setText("Could you call me back?");
    GreenMailUtil.sendMimeMessage(mail);
  }

  /** The card's face and activity counter, e.g. "Marc Leroy 1 RED". */
  private String face(long pipeline, long item) {
    JsonObject card =
        admin()
            .get("boards/" + pipeline)
            .json()
            .getJsonArray("columns")
            .getValuesAs(JsonObject.class)
            .stream()
            .flatMap(column -> column.getJsonArray("cards").getValuesAs(JsonObject.class).stream())
            .filter(found -> found.getJsonNumber("id").longValue() == item)
            .findFirst()
            .orElseThrow();
    JsonObject counter = card.getJsonObject("activities");
    return card.getString("avatarName")
        + " "
        + counter.getInt("count")
        + " "
        + counter.getString("colour");
  }

  private JsonObject latestEntry(long item) {
    return admin()
        .get("items/" + item + "/timeline")
        .json()
        .getJsonArray("content")
        .getJsonObject(0);
  }

  private String title(long item) {
    return admin().get("items/" + item).json().getString("title");
  }

  private long item(Api user, String type, String title, String more) {
    Reply created =
        user.post(
            "items", "{\"typeCode\":\"" + type + "\",\"title\":\"" + title + "\"" + more + "}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private long userId(String login) {
    return as(login).get("users/me").json().getJsonNumber("id").longValue();
  }

  private static String kind(JsonObject communication) {
    return communication.getString("channel")
        + " "
        + communication.getString("direction")
        + " "
        + communication.getString("status");
  }

  private static String communications(long item) {
    return "items/" + item + "/communications";
  }

  private static String relations(long item) {
    return "items/" + item + "/relations";
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A message gateway on the loopback address that answers as told and records each request. */
  private static final class Gateway implements AutoCloseable {

    record Request(String path, String authorization, String body) {}

    private final HttpServer server;
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private volatile int status = 200;
    private volatile String answer = "{}";

    Gateway(int port) throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      server.createContext("/", this::handle);
      server.start();
    }

    void answer(int status, String answer) {
      this.status = status;
      this.answer = answer;
      requests.clear();
    }

    Request request() throws InterruptedException {
      return requests.poll(5, TimeUnit.SECONDS);
    }

    private void handle(HttpExchange exchange) throws IOException {
      requests.add(
          new Request(
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
