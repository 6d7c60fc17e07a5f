/* Drag and drop on the Kanban board: a card dropped on another column asks the server to move it;
   the board is then re-rendered from the server's answer, so a refused move puts the card back.
   The server tells every open board which pipeline changed; this one then reads its columns again,
   unless a card is being dragged, in which case it does so once the drag is over. */
var crmBoard = {
  stale: false,
  changed: function (pipelineId) {
    if (String(pipelineId) !== String($(".board-columns").data("pipeline"))) {
      return;
    }
    if ($(".ui-draggable-dragging").length) {
      crmBoard.stale = true;
    } else {
      crmRefresh();
    }
  },
  init: function () {
    $(".board-card[data-item]").draggable({revert: "invalid", zIndex: 100, cursor: "move",
                                           helper: "clone", appendTo: "body",
                                           stop: function () {
                                             if (crmBoard.stale) {
                                               crmBoard.stale = false;
                                               crmRefresh();
                                             }
                                           }});
    $(".board-column[data-stage]").droppable({
      accept: function (card) {
        return card.hasClass("board-card") && card.closest(".board-column")[0] !== this;
      },
      tolerance: "pointer",
      hoverClass: "drop-target",
      drop: function (event, ui) {
        crmMove([{name: "item", value: ui.draggable.data("item")},
                 {name: "version", value: ui.draggable.data("version")},
                 {name: "stage", value: $(this).data("stage")}]);
      }
    });
  }
};
$(function () { crmBoard.init(); });
