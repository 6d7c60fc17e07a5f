/* Drag and drop on the Kanban board: a card dropped on another column asks the server to move it;
   the board is then re-rendered from the server's answer, so a refused move puts the card back.
   The server tells every open board which pipeline changed; this one then reads its columns again,
   unless a card is being dragged or its columns are being read already, in which case it does so
   once the drag or the reading is over: however busy the pipeline, a board reads its columns at most
   once at a time.
   From the keyboard, Ctrl (or Alt) and the left or right arrow move the focused card to the column
   before or after; the card keeps the focus once the board is re-rendered. */
var crmBoard = {
  stale: false,
  refreshing: false,
  dragging: false,
  focusItem: null,
  moveByKey: function (event) {
    var step = {ArrowLeft: -1, ArrowRight: 1}[event.key];
    if (!step || !(event.ctrlKey || event.altKey)) {
      return;
    }
    event.preventDefault();
    var card = $(this);
    var columns = $(".board-column[data-stage]");
    var index = columns.index(card.closest(".board-column")) + step;
    if (index < 0 || index >= columns.length) {
      return;
    }
    var target = columns.eq(index);
    crmMove([{name: "item", value: card.data("item")},
             {name: "version", value: card.data("version")},
             {name: "stage", value: target.data("stage")}]);
  },
  changed: function (pipelineId) {
    if (String(pipelineId) !== String($(".board-columns").data("pipeline"))) {
      return;
    }
    crmBoard.stale = true;
    crmBoard.refreshIfStale();
  },
  refreshIfStale: function () {
    if (crmBoard.stale && !crmBoard.refreshing && !crmBoard.dragging) {
      crmBoard.stale = false;
      crmBoard.refreshing = true;
      crmRefresh();
    }
  },
  refreshed: function () {
    crmBoard.refreshing = false;
    crmBoard.init();
    crmBoard.refreshIfStale();
  },
  init: function () {
    $(".board-card[data-item]").draggable({revert: "invalid", zIndex: 100, cursor: "move",
                                           helper: "clone", appendTo: "body",
                                           start: function () { crmBoard.dragging = true; },
                                           stop: function () {
                                             crmBoard.dragging = false;
                                             crmBoard.refreshIfStale();
                                           }});
    $(".board-card[data-item]").off(".crm")
      .on("keydown.crm", crmBoard.moveByKey)
      .on("focusin.crm", function () { crmBoard.focusItem = $(this).data("item"); })
      .on("focusout.crm", function (event) {
        if (event.relatedTarget) {
          crmBoard.focusItem = null;
        }
      });
    // A re-rendered card loses the focus to the page: give it back (moves and live updates alike).
    var lost = !document.activeElement || document.activeElement === document.body;
    if (crmBoard.focusItem !== null && lost) {
      $(".board-card[data-item='" + crmBoard.focusItem + "']").trigger("focus");
    }
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
