package org.tessera.crm.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.entity.Department;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.stage.boundary.StageTotals;
import org.tessera.crm.stage.entity.Pipeline;

/**
 * Fills an empty database with a small company to try the CRM with: two departments, an admin and
 * three users, leads, deals in two pipelines, contacts, companies, invoices and quotes. Switched on
 * by {@code crm.demo-data=true}; it never touches a database that already has users.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoData {

  public static final String DEMO_PASSWORD = "demo";

  private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SettingsVersion settingsVersion;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject StageTotals stageTotals;

  @Inject
  @ConfigProperty(name = "crm.demo-data", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    // Raising the settings version locks its row: instances started together load one at a time,
    // and the later ones find the users the first one wrote.
    settingsVersion.changing();
    if (hasUsers()) {
      return;
    }
    Department company = department("Tessera", null);
    Department sales = department("Sales", company);
    Department partners = department("Partners", company);
    User admin = user("admin", "Alice Martin", company, Roles.ADMIN, Roles.USER);
    User sophie = user("sophie", "Sophie Durand", sales, Roles.USER);
    User marc = user("marc", "Marc Leroy", sales, Roles.USER);
    User julie = user("julie", "Julie Bernard", partners, Roles.USER);

    for (String name : List.of("Dupont SA", "Nordwind GmbH", "Acme Corporation")) {
      plain("company", name, sophie);
    }
    for (String name : List.of("Claire Dupont", "Hans Meyer", "John Smith", "Léa Moreau")) {
      plain("contact", name, marc);
    }
    Pipeline leads = firstPipeline("lead");
    staged(leads, "Website enquiry: 20 seats", "4800", 0, sophie);
    staged(leads, "Trade fair contact, Lyon", "12000", 1, marc);
    staged(leads, "Call back about support plan", "1500", 2, sophie);
    staged(leads, "Newsletter sign-up", null, 0, marc);

    Pipeline salesDeals = firstPipeline("deal");
    staged(salesDeals, "Dupont SA: CRM roll-out", "45000", 0, sophie);
    staged(salesDeals, "Nordwind: 50 licences", "25000", 1, marc);
    staged(salesDeals, "Acme: training days", "6000", 2, sophie);
    staged(salesDeals, "Moreau: support renewal", "3200", 3, marc);
    staged(salesDeals, "Smith & Co: pilot", "9000", 4, sophie);
    staged(salesDeals, "Meyer: migration", "18000", 5, marc);

    Pipeline partnerDeals = Pipeline.withDefaultStages(salesDeals.getItemType(), "Partners", 1);
    em.persist(partnerDeals);
    em.flush();
    staged(partnerDeals, "Reseller agreement: Benelux", "30000", 0, julie);
    staged(partnerDeals, "Integrator programme: Iberia", "15000", 1, julie);
    staged(partnerDeals, "Referral: Acme subsidiary", "7000", 2, admin);

    staged(firstPipeline("invoice"), "INV-2026-001 Dupont SA", "15000", 1, sophie);
    staged(firstPipeline("invoice"), "INV-2026-002 Nordwind", "25000", 2, marc);
    staged(firstPipeline("quote"), "Q-2026-001 Acme training", "6000", 1, sophie);
    staged(firstPipeline("quote"), "Q-2026-002 Meyer migration", "18000", 0, marc);
    em.flush();
    stageTotals.recount();
    LOG.log(Level.INFO, "Demo data loaded: sign in as admin / " + DEMO_PASSWORD);
  }

  private boolean hasUsers() {
    return em.createQuery("select count(u) from User u where u.login <> :system", Long.class)
            .setParameter("system", User.SYSTEM_LOGIN)
            .getSingleResult()
        > 0;
  }

  private Department department(String name, Department parent) {
    Department department = new Department(name, parent);
    em.persist(department);
    return department;
  }

  private User user(String login, String name, Department department, String... roles) {
    User user = new User(login, name, login + "@tessera.example", department);
    user.changePasswordHash(passwordHash.generate(DEMO_PASSWORD.toCharArray()));
    for (String role : roles) {
      user.grant(role);
    }
    em.persist(user);
    return user;
  }

  private Pipeline firstPipeline(String typeCode) {
    ItemType type = type(typeCode);
    return em.createNamedQuery(Pipeline.OF_TYPE, Pipeline.class)
        .setParameter("type", type)
        .setMaxResults(1)
        .getSingleResult();
  }

  private ItemType type(String code) {
    return em.createNamedQuery(ItemType.BY_CODE, ItemType.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private void plain(String typeCode, String title, User responsible) {
    Item item = Item.withoutStages(type(typeCode), title, responsible);
    item.assignTo(responsible);
    em.persist(item);
  }

  private void staged(
      Pipeline pipeline, String title, String amount, int stageIndex, User responsible) {
    Item item = Item.inPipeline(pipeline, title, responsible);
    item.price(amount == null ? null : new BigDecimal(amount), null);
    item.moveTo(pipeline.getStages().get(stageIndex));
    item.assignTo(responsible);
    em.persist(item);
  }
}
