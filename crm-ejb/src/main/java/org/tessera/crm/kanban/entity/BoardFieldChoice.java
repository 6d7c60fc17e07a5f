package org.tessera.crm.kanban.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/**
 * The fields, in order, that the board shows for one item type: on a user's cards, on everyone's
 * cards (no user), or in the quick-create form (no user).
 */
@Entity
@Table(name = "board_field_choice")
@NamedQuery(
    name = BoardFieldChoice.OF_USER,
    query =
        "select c from BoardFieldChoice c where c.itemTypeId = :type and c.purpose = :purpose"
            + " and c.userId = :user")
@NamedQuery(
    name = BoardFieldChoice.OF_USER_OR_EVERYONE,
    query =
        "select c from BoardFieldChoice c where c.itemTypeId = :type and c.purpose = :purpose"
            + " and (c.userId = :user or c.userId is null)")
@NamedQuery(
    name = BoardFieldChoice.FOR_EVERYONE,
    query =
        "select c from BoardFieldChoice c where c.itemTypeId = :type and c.purpose = :purpose"
            + " and c.userId is null")
public class BoardFieldChoice {

  public static final String OF_USER = "BoardFieldChoice.ofUser";
  public static final String OF_USER_OR_EVERYONE = "BoardFieldChoice.ofUserOrEveryone";
  public static final String FOR_EVERYONE = "BoardFieldChoice.forEveryone";

  /** Where the chosen fields are shown. */
  public enum Purpose {
    CARD,
    QUICK_CREATE
  }

  @Id
  @SequenceGenerator(
      name = "board_field_choice_seq",
      sequenceName = "board_field_choice_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "board_field_choice_seq")
  private Long id;

  @Column(name = "item_type_id")
  private long itemTypeId;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "field_codes")
  private String fieldCodes;

  @Version private long version;

  protected BoardFieldChoice() {}

  public BoardFieldChoice(long itemTypeId, Purpose purpose, Long userId) {
    this.itemTypeId = itemTypeId;
    this.purpose = purpose;
    this.userId = userId;
  }

  /** Whether this is the choice for everyone, which a user's own choice overrides. */
  public boolean isEveryones() {
    return userId == null;
  }

  public void choose(List<String> codes) {
    fieldCodes = String.join(",", codes);
  }

  public List<String> codes() {
    return fieldCodes.isEmpty() ? List.of() : Arrays.asList(fieldCodes.split(","));
  }
}
