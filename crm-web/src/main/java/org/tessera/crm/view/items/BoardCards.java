package org.tessera.crm.view.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.tessera.crm.activity.boundary.Activities;
import org.tessera.crm.activity.entity.ActivityCounter;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.file.boundary.StoredFiles;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.kanban.boundary.Board;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.view.Messages;
import org.tessera.crm.view.UserLocale;

/**
 * Turns items into board cards: their avatar and the fields the user chose, in words, with one read
 * of the values and avatars for all the cards at once.
 */
@RequestScoped
public class BoardCards {

  @Inject Board board;
  @Inject Activities activities;
  @Inject FieldValues fieldValues;
  @Inject Users users;
  @Inject StoredFiles storedFiles;
  @Inject UserLocale userLocale;

  List<BoardCard> of(List<Item> items, List<Field> shown) {
    if (items.isEmpty()) {
      return List.of();
    }
    Map<Long, User> avatars = board.avatars(items);
    Map<Long, ActivityCounter> counters =
        activities.counters(items.stream().map(Item::getId).toList());
    boolean valueTable = shown.stream().anyMatch(field -> field.getItemColumn() == null);
    Map<Long, Map<String, Object>> values = valueTable ? fieldValues.of(items) : Map.of();
    Map<Long, String> userNames = CardFields.namesOf(users.active());
    Locale locale = userLocale.getLocale();
    ResourceBundle messages = Messages.bundle(locale);
    return items.stream()
        .map(
            item -> {
              CardFields words =
                  new CardFields(
                      item,
                      values.getOrDefault(item.getId(), Map.of()),
                      userNames,
                      storedFiles,
                      locale,
                      messages);
              List<BoardCard.Line> lines =
                  shown.stream()
                      .map(f -> new BoardCard.Line(f.getCode(), words.label(f), words.text(f)))
                      .filter(line -> !line.text().isEmpty())
                      .toList();
              return BoardCard.of(
                  item,
                  avatars.get(item.getId()),
                  lines,
                  counters.getOrDefault(item.getId(), ActivityCounter.NONE));
            })
        .toList();
  }
}
