package org.tessera.crm.view.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.file.boundary.StoredFiles;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.kanban.boundary.Board;
import org.tessera.crm.kanban.boundary.CardDetails;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.view.Messages;
import org.tessera.crm.view.UserLocale;

/**
 * Turns items into board cards: their avatar and the fields the user chose, in words, with one read
 * of the values and avatars for all the cards at once.
 */
@RequestScoped
public class BoardCards {

  @Inject Board board;
  @Inject Users users;
  @Inject StoredFiles storedFiles;
  @Inject UserLocale userLocale;

  List<BoardCard> of(List<Item> items, List<Field> shown) {
    if (items.isEmpty()) {
      return List.of();
    }
    CardDetails details = board.details(items);
    Map<Long, String> userNames = CardFields.namesOf(users.active());
    Locale locale = userLocale.getLocale();
    ResourceBundle messages = Messages.bundle(locale);
    return items.stream()
        .map(
            item -> {
              CardFields words =
                  new CardFields(
                      item,
                      details.fieldsOf(item.getId()),
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
                  item, details.avatarOf(item.getId()), lines, details.counterOf(item.getId()));
            })
        .toList();
  }
}
