/* Drag and drop on the item card: fields onto sections, sections onto sections. The server decides;
   the page is re-rendered from its answer, so nothing here keeps state. */
var crmCard = {
  init: function () {
    var fields = $(".card-field[data-field]");
    var sections = $(".card-section[data-section]");
    fields.draggable({handle: ".field-handle", revert: "invalid", zIndex: 100, cursor: "move"});
    sections.draggable({handle: ".section-handle", revert: "invalid", zIndex: 90, cursor: "move"});
    sections.droppable({
      accept: ".card-field, .card-section",
      tolerance: "pointer",
      hoverClass: "drop-target",
      drop: function (event, ui) {
        var target = $(this);
        if (ui.draggable.hasClass("card-field")) {
          crmDropField([{name: "field", value: ui.draggable.data("field")},
                        {name: "section", value: target.data("section")}]);
        } else if (ui.draggable.data("section") !== target.data("section")) {
          crmDropSection([{name: "section", value: ui.draggable.data("section")},
                          {name: "index", value: target.data("index")}]);
        }
      }
    });
  }
};
$(function () { crmCard.init(); });
