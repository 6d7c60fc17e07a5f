package org.tessera.crm.kanban.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.ItemColumn;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.kanban.entity.BoardFieldChoice;
import org.tessera.crm.kanban.entity.BoardFieldChoice.Purpose;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.boundary.SettingsCache;
import org.tessera.crm.shared.boundary.SettingsVersion;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/**
 * Which fields the board shows on its cards (M25: each user's choice, else the one an admin set for
 * everyone, else amount and responsible) and in a column's quick-create form (M24: an admin's
 * choice per type, else title and amount, always with the fields the column's stage requires). Only
 * fields the reader may see are ever returned.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class BoardFields {

  /** At most this many fields on a card or in a quick-create form. */
  public static final int MOST = 12;

  private static final List<String> DEFAULT_ON_CARDS = List.of("amount", "responsible");
  private static final List<String> DEFAULT_IN_QUICK_CREATE = List.of("title", "amount");

  @PersistenceContext EntityManager em;
  @EJB ItemTypes itemTypes;
  @EJB Fields fields;
  @EJB Users users;
  @Inject SettingsCache settings;
  @Inject SettingsVersion settingsVersion;

  /** The fields the signed-in user sees on the cards of a type, the card's title aside. */
  public List<Field> onCards(String typeCode) {
    return onCards(itemTypes.byCode(typeCode));
  }

  public List<Field> onCards(ItemType type) {
    Viewer viewer = users.viewer();
    return resolve(fields.visibleOfType(type, viewer), cardCodes(type, viewer.userId()));
  }

  /**
   * The codes of the user's own choice, else everyone's, else the default: read in one statement
   * and kept with the settings (docs/adr/0010), as every board asks for them.
   */
  private List<String> cardCodes(ItemType type, long userId) {
    return settings.get(
        "card fields of type " + type.getId() + " for user " + userId,
        em,
        reader ->
            reader
                .createNamedQuery(BoardFieldChoice.OF_USER_OR_EVERYONE, BoardFieldChoice.class)
                .setParameter("type", type.getId())
                .setParameter("purpose", Purpose.CARD)
                .setParameter("user", userId)
                .getResultStream()
                .min(Comparator.comparing(BoardFieldChoice::isEveryones))
                .map(choice -> List.copyOf(choice.codes()))
                .orElse(DEFAULT_ON_CARDS));
  }

  public List<Field> showOnMyCards(String typeCode, List<String> codes) {
    return choose(typeCode, Purpose.CARD, users.viewer().userId(), codes);
  }

  @AuditLogged
  public List<Field> showOnCardsOfEveryone(String typeCode, List<String> codes) {
    itemTypes.settable(typeCode);
    return choose(typeCode, Purpose.CARD, null, codes);
  }

  /** Drops the signed-in user's choice: their cards show what everyone's show. */
  public List<Field> resetMyCards(String typeCode) {
    settingsVersion.changing();
    ItemType type = itemTypes.byCode(typeCode);
    choice(type, Purpose.CARD, users.viewer().userId()).ifPresent(em::remove);
    em.flush();
    return onCards(typeCode);
  }

  /**
   * The fields of the quick-create form of a column: the title, the admin's choice, then every
   * field the stage requires, so that the form can always be saved.
   */
  public List<Field> inQuickCreate(String typeCode, Long stageId) {
    ItemType type = itemTypes.byCode(typeCode);
    Viewer viewer = users.viewer();
    List<Field> visible = fields.visibleOfType(type, viewer);
    List<String> codes = new ArrayList<>(List.of(ItemColumn.TITLE.attribute()));
    codes.addAll(
        choice(type, Purpose.QUICK_CREATE, null)
            .map(BoardFieldChoice::codes)
            .orElse(DEFAULT_IN_QUICK_CREATE));
    visible.stream()
        .filter(field -> field.getItemColumn() != ItemColumn.STAGE)
        .filter(field -> field.isRequiredAt(stageId))
        .forEach(field -> codes.add(field.getCode()));
    return resolve(visible, codes.stream().distinct().toList());
  }

  @AuditLogged
  public List<Field> chooseForQuickCreate(String typeCode, List<String> codes) {
    itemTypes.settable(typeCode);
    choose(typeCode, Purpose.QUICK_CREATE, null, codes);
    return inQuickCreate(typeCode, null);
  }

  private List<Field> choose(String typeCode, Purpose purpose, Long userId, List<String> codes) {
    settingsVersion.changing();
    ItemType type = itemTypes.byCode(typeCode);
    List<Field> visible = fields.visibleOfType(type, users.viewer());
    requireChoosable(visible, purpose, codes);
    BoardFieldChoice choice =
        choice(type, purpose, userId)
            .orElseGet(
                () -> {
                  BoardFieldChoice created = new BoardFieldChoice(type.getId(), purpose, userId);
                  em.persist(created);
                  return created;
                });
    choice.choose(codes);
    em.flush();
    return resolve(visible, codes);
  }

  /** Known, visible, not repeated and not too many; the stage is the column, never a field. */
  private static void requireChoosable(List<Field> visible, Purpose purpose, List<String> codes) {
    if (codes == null || codes.size() > MOST) {
      throw new BusinessRuleViolation(
          "board.fields-invalid", "Choose a list of at most " + MOST + " fields");
    }
    if (new HashSet<>(codes).size() != codes.size()) {
      throw new BusinessRuleViolation("board.fields-invalid", "A field is chosen only once");
    }
    Set<String> choosable =
        visible.stream()
            .filter(field -> field.getItemColumn() != ItemColumn.STAGE)
            .filter(field -> purpose != Purpose.CARD || field.getItemColumn() != ItemColumn.TITLE)
            .map(Field::getCode)
            .collect(Collectors.toSet());
    List<String> unknown = codes.stream().filter(code -> !choosable.contains(code)).toList();
    if (!unknown.isEmpty()) {
      throw new BusinessRuleViolation(
          "field.unknown", "These fields cannot be shown here: " + String.join(", ", unknown));
    }
  }

  /** The fields of these codes among the visible ones, in the order of the codes. */
  private static List<Field> resolve(List<Field> visible, List<String> codes) {
    Map<String, Field> byCode =
        visible.stream()
            .collect(
                Collectors.toMap(
                    Field::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    return codes.stream().map(byCode::get).filter(Objects::nonNull).toList();
  }

  private Optional<BoardFieldChoice> choice(ItemType type, Purpose purpose, Long userId) {
    TypedQuery<BoardFieldChoice> query =
        em.createNamedQuery(
                userId == null ? BoardFieldChoice.FOR_EVERYONE : BoardFieldChoice.OF_USER,
                BoardFieldChoice.class)
            .setParameter("type", type.getId())
            .setParameter("purpose", purpose);
    if (userId != null) {
      query.setParameter("user", userId);
    }
    return query.getResultStream().findFirst();
  }
}
