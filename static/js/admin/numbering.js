// The review's page: a finding or recommendation added with "Add another" takes the number after
// the highest one on the page, so several new rows are numbered 3, 4, 5...
(function () {
  "use strict";
  document.addEventListener("formset:added", function (event) {
    var name = event.detail && event.detail.formsetName;
    if (name !== "findings" && name !== "recommendations") { return; }
    var input = event.target.querySelector("input[name$='-order']");
    if (!input) { return; }
    var highest = 0;
    document.querySelectorAll("input[name^='" + name + "-'][name$='-order']").forEach(function (other) {
      if (other !== input && other.name.indexOf("__prefix__") === -1) {
        highest = Math.max(highest, parseInt(other.value, 10) || 0);
      }
    });
    input.value = String(highest + 1);
  });
})();
