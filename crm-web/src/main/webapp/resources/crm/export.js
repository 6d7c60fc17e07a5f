/* The export button's progress dialog: shown from the click, its bar asking the server how far the
   export has come, hidden when the file arrives. */
var crmExport = {
  start: function () {
    PrimeFaces.monitorDownload(function () {
      PF("exportDialog").show();
      PF("exportProgress").start();
    }, function () {
      PF("exportProgress").cancel();
      PF("exportDialog").hide();
    });
  }
};
