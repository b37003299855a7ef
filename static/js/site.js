// Quick exit: the "Exit this page" link works without JavaScript; with it, pressing Shift three
// times leaves too, and the page is replaced in the history so Back does not return to it.
(function () {
  "use strict";
  var link = document.getElementById("exit-this-page");
  if (!link) { return; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.classList.add("exiting");
    document.title = "Exiting page";
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
  var presses = 0;
  var timer = null;
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { presses = 0; return; }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 5000);
    if (presses >= 3) { leave(); }
  });
})();
