package org.tessera.crm.view.items;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tessera.crm.item.boundary.ItemFilter;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;

/**
 * Loads an item list page by page, so a type with a million items lists as fast as one with ten.
 */
class ItemRows extends LazyDataModel<ItemRow> {

  private final Items items;
  private final ItemFilter filter;
  private long total = -1;

  ItemRows(Items items, ItemFilter filter) {
    this.items = items;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (total < 0) {
      total = items.list(filter, new PageRequest(0, 1)).total();
    }
    return (int) total;
  }

  @Override
  public List<ItemRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    PageOf<ItemRow> page =
        items.list(filter, new PageRequest(first / pageSize, pageSize)).map(ItemRow::of);
    total = page.total();
    setRowCount((int) total);
    return page.content();
  }

  @Override
  public String getRowKey(ItemRow row) {
    return String.valueOf(row.id());
  }

  @Override
  public ItemRow getRowData(String rowKey) {
    return null;
  }
}
