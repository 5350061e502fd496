(function () {
  "use strict";
  // Clicking a link to a finding scrolls to its place in the article and lights up all of it.
  function show(id) {
    if (!id) { return; }
    var target = document.getElementById(id);
    if (!target) { return; }
    var lit = document.querySelectorAll("mark.hl");
    for (var i = 0; i < lit.length; i++) { lit[i].classList.remove("hl"); }
    var parts = document.getElementsByClassName("f-" + id);
    for (var j = 0; j < parts.length; j++) { parts[j].classList.add("hl"); }
    target.classList.add("hl");
    var box = target.closest("details");
    while (box) { box.open = true; box = box.parentElement ? box.parentElement.closest("details") : null; }
    target.scrollIntoView({ block: "center" });
    // Articles off screen are laid out lazily (content-visibility): settle once they have their real height.
    requestAnimationFrame(function () { target.scrollIntoView({ block: "center" }); });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.goto") : null;
    if (!link) { return; }
    var id = link.getAttribute("href").slice(1);
    event.preventDefault();
    if (history.replaceState) { history.replaceState(null, "", "#" + id); }
    show(id);
  });
  if (location.hash.length > 1) { show(decodeURIComponent(location.hash.slice(1))); }
})();
