// The action-plan page: "Add another action" copies a blank row into the recommendation's list.
// Without JavaScript each recommendation still offers a blank row, and another after each save.
(function () {
  "use strict";
  function addRow(button) {
    var prefix = button.dataset.prefix;
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    var template = document.getElementById(prefix + "-empty");
    var rows = document.getElementById(prefix + "-rows");
    var index = parseInt(total.value, 10);
    var holder = document.createElement("div");
    holder.innerHTML = template.innerHTML.replace(/__prefix__/g, String(index));
    var row = holder.firstElementChild;
    rows.appendChild(row);
    total.value = String(index + 1);
    var first = row.querySelector("select, input:not([type=hidden]), textarea");
    if (first) { first.focus(); }
  }
  document.querySelectorAll("button.add-action").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { addRow(button); });
  });
})();
